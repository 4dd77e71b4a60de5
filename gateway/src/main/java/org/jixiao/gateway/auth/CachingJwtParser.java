package org.jixiao.gateway.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jixiao.web.RememberingJwtParser;

/**
 * The parser the gateway ({@link CallerAuthentication}, {@link AdminTokens}) and Quarkus verify bearer tokens with:
 * each verified token is remembered until it expires. Revocation is still checked on every request, after this.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends RememberingJwtParser {
    CachingJwtParser(DefaultJWTParser verifier) {
        super(verifier);
    }
}
