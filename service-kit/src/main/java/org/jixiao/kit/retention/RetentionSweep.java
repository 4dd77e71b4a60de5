package org.jixiao.kit.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Deletes published outbox rows and processed event ids older than the retention window, a batch per statement.
 * Each statement runs on its own in auto-commit, so it holds its row locks only for one batch. The outbox relay is
 * never blocked: it works on unpublished rows, which are never deleted, and rows someone else holds are skipped (they
 * are picked up by the next sweep). The database clock decides age, so instances with skewed clocks agree.
 */
public final class RetentionSweep {
    static final String OUTBOX = """
            DELETE FROM outbox_event WHERE id IN (
                SELECT id FROM outbox_event
                 WHERE published_at IS NOT NULL AND published_at < now() - ? * interval '1 second'
                 ORDER BY published_at LIMIT ? FOR UPDATE SKIP LOCKED)
            """;
    static final String PROCESSED = """
            DELETE FROM processed_event WHERE event_id IN (
                SELECT event_id FROM processed_event
                 WHERE processed_at < now() - ? * interval '1 second'
                 ORDER BY processed_at LIMIT ? FOR UPDATE SKIP LOCKED)
            """;

    private final DataSource dataSource;
    private final Duration keep;
    private final int batchSize;

    public RetentionSweep(DataSource dataSource, Duration keep, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("jixiao.retention.batch-size must be at least 1, is " + batchSize);
        }
        this.dataSource = dataSource;
        this.keep = keep;
        this.batchSize = batchSize;
    }

    /** The outbox rows published before the window; returns how many were deleted. */
    public int deletePublishedOutboxRows() throws SQLException {
        return deleteInBatches(OUTBOX);
    }

    /** The processed event ids recorded before the window; returns how many were deleted. */
    public int deleteProcessedEventIds() throws SQLException {
        return deleteInBatches(PROCESSED);
    }

    private int deleteInBatches(String statement) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement delete = connection.prepareStatement(statement)) {
                delete.setLong(1, keep.toSeconds());
                delete.setInt(2, batchSize);
                int deleted;
                do {
                    deleted = delete.executeUpdate();
                    total += deleted;
                } while (deleted == batchSize);
            }
        }
        return total;
    }
}
