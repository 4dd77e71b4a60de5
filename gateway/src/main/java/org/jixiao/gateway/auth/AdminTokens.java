package org.jixiao.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Tells whether a request carries a valid token of an admin key that is not revoked (for admin-only details). */
@ApplicationScoped
public class AdminTokens {
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final RevokedKeys revoked;

    AdminTokens(JWTParser parser, RevokedKeys revoked) {
        this.parser = parser;
        this.revoked = revoked;
    }

    /** From an Authorization header; anything missing, invalid, expired, revoked or not admin is no. */
    public boolean isAdmin(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        try {
            JsonWebToken jwt =
                    parser.parse(authorization.substring(BEARER.length()).strip());
            return jwt.getSubject() != null
                    && !revoked.isRevoked(jwt.getSubject())
                    && jwt.getGroups().contains("admin");
        } catch (ParseException e) {
            return false;
        }
    }
}
