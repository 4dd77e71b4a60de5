package org.jixiao.gateway.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.web.ApiKeySecrets;

/**
 * The operator's admin key, {@code JIXIAO_ADMIN_KEY}: the first admin cannot be created through the API, so the
 * operator names it (the local stack generates one). It must have the generated form, and it is the only environment
 * admin key: when it changes, the one named before is revoked, so a leaked old value stops working.
 */
@ApplicationScoped
public class AdminKey {
    private static final Logger LOG = Logger.getLogger(AdminKey.class);

    static final String LABEL = "admin key from JIXIAO_ADMIN_KEY";

    private final ApiKeys keys;
    private final RevokedKeys revoked;

    AdminKey(ApiKeys keys, RevokedKeys revoked) {
        this.keys = keys;
        this.revoked = revoked;
    }

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "jixiao.admin-key") Optional<String> adminKey) {
        if (adminKey.isEmpty() || adminKey.get().isBlank()) {
            LOG.info("no JIXIAO_ADMIN_KEY set: keys can only be created by an existing admin key");
            return;
        }
        register(adminKey.get().strip());
    }

    /**
     * Makes this secret the environment admin key, revoking any other. Refuses (the gateway then does not start) a
     * secret that is not of the generated form, and one that names a revoked key: a revocation is final.
     */
    @Transactional
    public void register(String secret) {
        if (!ApiKeySecrets.hasGeneratedForm(secret)) {
            throw new IllegalStateException("JIXIAO_ADMIN_KEY is too weak: it must be " + ApiKeySecrets.PREFIX
                    + " followed by at least " + ApiKeySecrets.MIN_RANDOM_CHARACTERS
                    + " characters of A-Z, a-z, 0-9, '-' and '_', as the local stack generates them (./jixiao up"
                    + " prints one); the gateway does not start with a weaker admin key");
        }
        String hash = KeySecrets.hash(secret);
        ApiKey existing = ApiKey.find("secretHash", hash).firstResult();
        if (existing != null && existing.revokedAt != null) {
            throw new IllegalStateException("JIXIAO_ADMIN_KEY names a revoked key: generate a new one");
        }
        if (existing == null) {
            keys.store(secret, "admin", List.of(), LABEL, true);
            LOG.info("admin key from JIXIAO_ADMIN_KEY registered");
        }
        List<ApiKey> previous = ApiKey.list("fromEnvironment = true and revokedAt is null and secretHash <> ?1", hash);
        for (ApiKey key : previous) {
            key.revokedAt = Instant.now();
            revoked.add(key.id);
            LOG.infof("JIXIAO_ADMIN_KEY changed: the previous environment admin key %s is revoked", key.id);
        }
    }
}
