package org.jixiao.gateway.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.gateway.problem.ProblemException;
import org.jixiao.web.ApiKeySecrets;
import org.jixiao.web.Problem;

/** Creates and revokes API keys, and makes sure the operator's admin key exists. */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

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
        ApiKey key = store(secret, role, unitCodes, label);
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

    /**
     * The first admin cannot be created through the API, so the operator names it: {@code JIXIAO_ADMIN_KEY} (the
     * local stack sets it). It is stored hashed like every other key.
     */
    @Transactional
    void ensureAdminKey(
            @Observes StartupEvent event, @ConfigProperty(name = "jixiao.admin-key") Optional<String> adminKey) {
        if (adminKey.isEmpty() || adminKey.get().isBlank()) {
            LOG.info("no JIXIAO_ADMIN_KEY set: keys can only be created by an existing admin key");
            return;
        }
        String secret = adminKey.get().strip();
        if (ApiKey.count("secretHash", KeySecrets.hash(secret)) == 0) {
            store(secret, "admin", List.of(), "admin key from JIXIAO_ADMIN_KEY");
            LOG.info("admin key from JIXIAO_ADMIN_KEY registered");
        }
    }

    private static ApiKey store(String secret, String role, List<String> unitCodes, String label) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.secretHash = KeySecrets.hash(secret);
        key.role = role;
        key.unitCodes = unitCodes == null ? "" : String.join(",", unitCodes);
        key.label = label;
        key.createdAt = Instant.now();
        key.persist();
        return key;
    }
}
