package org.jixiao.kit.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jixiao.web.RememberingJwtParser;

/** The parser Quarkus verifies every bearer token with in the services: each verified token is remembered until it expires. */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends RememberingJwtParser {
    CachingJwtParser(DefaultJWTParser verifier) {
        super(verifier);
    }
}
