package org.jixiao.gateway.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the short-lived JWT an API key is exchanged for (key {@code smallrye.jwt.sign.key.location}). The services
 * verify it with the public half: {@code sub} is the key id, {@code groups} its role, {@code units} its unit codes.
 */
@ApplicationScoped
public class TokenIssuer {
    public record Token(String token, Instant expiresAt) {}

    private final AuthConfig config;
    private final String issuer;

    TokenIssuer(AuthConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    public Token issue(ApiKey key) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(config.tokenTtl());
        String token = Jwt.issuer(issuer)
                .subject(key.id.toString())
                .groups(Set.of(key.role))
                .claim("units", key.unitCodeList())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new Token(token, expiresAt);
    }
}
