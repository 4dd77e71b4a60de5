package org.jixiao.kit.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox and the log of processed event ids from growing forever: every {@code jixiao.retention.every}
 * (default hourly) rows older than {@code jixiao.retention.keep} (default 7 days) are deleted in batches of
 * {@code jixiao.retention.batch-size} (default 1000). Documented with the rebuild in the README.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final RetentionSweep sweep;

    Retention(DataSource dataSource, RetentionConfig config) {
        this.sweep = new RetentionSweep(dataSource, config.keep(), config.batchSize());
    }

    @Scheduled(
            every = "${jixiao.retention.every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        try {
            int outbox = sweep.deletePublishedOutboxRows();
            int processed = sweep.deleteProcessedEventIds();
            if (outbox + processed > 0) {
                LOG.infof("retention: deleted %d published outbox rows and %d processed event ids", outbox, processed);
            }
        } catch (SQLException | RuntimeException e) {
            // Old rows are only a cost, never read as live data: a missed sweep is made up by the next one.
            LOG.warnf("retention sweep skipped: %s", e.getMessage());
        }
    }
}
