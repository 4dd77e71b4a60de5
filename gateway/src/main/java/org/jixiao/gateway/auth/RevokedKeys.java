package org.jixiao.gateway.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The ids of revoked keys, held in memory so checking a token costs no database round trip on the event loop. A
 * revocation through this gateway counts at once; one made through another instance within the refresh period.
 * Services cannot see revocations: they trust a token until it expires, which is why tokens are short-lived.
 */
@ApplicationScoped
public class RevokedKeys {
    private static final Logger LOG = Logger.getLogger(RevokedKeys.class);

    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    void start(@Observes StartupEvent event, Vertx vertx, AuthConfig config) {
        reload();
        vertx.setPeriodic(
                config.revocationRefresh().toMillis(),
                id -> vertx.executeBlocking(() -> {
                    reload();
                    return null;
                }));
    }

    public boolean isRevoked(String keyId) {
        return revoked.contains(keyId);
    }

    public void add(UUID keyId) {
        revoked.add(keyId.toString());
    }

    private void reload() {
        try {
            List<UUID> ids = QuarkusTransaction.requiringNew()
                    .call(() -> ApiKey.<ApiKey>list("revokedAt is not null").stream()
                            .map(k -> k.id)
                            .toList());
            ids.forEach(id -> revoked.add(id.toString()));
        } catch (RuntimeException e) {
            // Keep the last known set: an unreachable database must not let revoked keys back in, nor stop reads.
            LOG.warnf("could not reload revoked keys: %s", e.getMessage());
        }
    }
}
