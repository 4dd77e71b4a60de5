package org.jixiao.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.gateway.problem.ProblemException;
import org.jixiao.web.ApiKeySecrets;
import org.jixiao.web.Problem;

/** Creates, lists and revokes API keys. */
@ApplicationScoped
public class ApiKeys {

    /** A new key with its secret, which exists only in this answer. */
    public record Issued(ApiKey key, String secret) {}

    private final RevokedKeys revoked;

    ApiKeys(RevokedKeys revoked) {
        this.revoked = revoked;
    }

    /** A new key; the role, unit codes and label were checked at the edge. */
    @Transactional
    public Issued create(String role, List<String> unitCodes, String label) {
        String secret = ApiKeySecrets.generate();
        ApiKey key = store(secret, role, unitCodes, label, false);
        return new Issued(key, secret);
    }

    @Transactional
    public List<ApiKey> all() {
        return ApiKey.list("order by createdAt, id");
    }

    /** Idempotent: revoking a revoked key changes nothing. */
    @Transactional
    public void revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw new ProblemException(Problem.of(404, "API key " + id + " does not exist"));
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
        revoked.add(id);
    }

    /** Stores a key by its hash; {@code fromEnvironment} marks the operator's JIXIAO_ADMIN_KEY ({@link AdminKey}). */
    static ApiKey store(String secret, String role, List<String> unitCodes, String label, boolean fromEnvironment) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.secretHash = KeySecrets.hash(secret);
        key.role = role;
        key.unitCodes = unitCodes == null ? "" : String.join(",", unitCodes);
        key.label = label;
        key.createdAt = Instant.now();
        key.fromEnvironment = fromEnvironment;
        key.persist();
        return key;
    }
}
