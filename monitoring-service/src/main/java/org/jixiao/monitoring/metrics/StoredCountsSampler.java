package org.jixiao.monitoring.metrics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Reads the stored report total and the deferred-refresh backlog from PostgreSQL into {@link IngestMeters}. */
@ApplicationScoped
public class StoredCountsSampler {

    private static final Logger LOG = Logger.getLogger(StoredCountsSampler.class);
    private static final int QUERY_TIMEOUT_SECONDS = 5;

    private final DataSource dataSource;
    private final IngestMeters meters;
    private volatile boolean failing;

    StoredCountsSampler(DataSource dataSource, IngestMeters meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    @Scheduled(
            every = "${jixiao.metrics.sample-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sample() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet counts = statement.executeQuery(
                    "SELECT (SELECT count(*) FROM progress_report), (SELECT count(*) FROM pending_refresh)")) {
                counts.next();
                meters.storedReports(counts.getLong(1));
                meters.pendingRefreshes(counts.getLong(2));
            }
            failing = false;
        } catch (SQLException e) {
            meters.pendingRefreshesUnknown();
            // Once per outage: the consumers and requests already report the database being away.
            if (!failing) {
                LOG.warnf("stored report and pending refresh counts unknown until PostgreSQL answers: %s", e);
            }
            failing = true;
        }
    }
}
