package org.jixiao.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Exchanges an API key secret for a bearer token: the one place that looks keys up by their secret. */
@ApplicationScoped
public class TokenExchange {

    /** A token and what it grants. */
    public record Exchanged(TokenIssuer.Token token, String role, List<String> unitCodes) {}

    private final TokenIssuer issuer;

    TokenExchange(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    /** Empty when no active key has this secret (unknown and revoked keys look the same to the caller). */
    @Transactional
    public Optional<Exchanged> exchange(String secret) {
        ApiKey key = ApiKey.findActiveBySecret(secret);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new Exchanged(issuer.issue(key), key.role, key.unitCodeList()));
    }
}
