package org.jixiao.kit.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes expired keys now and then, so the table holds about one time-to-live of writes. */
@ApplicationScoped
public class IdempotencyCleanup {
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotencyStore store;

    IdempotencyCleanup(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(
            every = "${jixiao.idempotency.cleanup-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void cleanUp() {
        try {
            int deleted = store.deleteExpired();
            if (deleted > 0) {
                LOG.debugf("deleted %d expired idempotency keys", deleted);
            }
        } catch (RuntimeException e) {
            // Expired keys are also ignored when claimed, so a missed pass only delays the deletion.
            LOG.warnf("idempotency key cleanup skipped: %s", e.getMessage());
        }
    }
}
