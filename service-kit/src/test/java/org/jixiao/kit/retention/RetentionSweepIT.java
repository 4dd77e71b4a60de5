package org.jixiao.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jixiao.testinfra.DedicatedInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Retention on a real PostgreSQL with the kit's own migrations: old published outbox rows and old processed ids go,
 * in batches; recent ones and unpublished outbox rows of any age stay; a row the relay holds is skipped, not waited
 * for.
 */
class RetentionSweepIT {
    private static final String[] KIT_MIGRATIONS = {
        "V0.1__outbox_and_processed_events.sql", "V0.2__idempotency_key.sql", "V0.3__retention_indexes.sql"
    };

    private static DedicatedInfra infra;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws Exception {
        infra = DedicatedInfra.start();
        infra.createDatabase("retention");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(infra.jdbcUrl("retention"));
        pg.setUser("postgres");
        pg.setPassword("postgres");
        // A sweep that waited for a lock instead of skipping the row fails the test instead of hanging it.
        pg.setOptions("-c lock_timeout=5s");
        dataSource = pg;
        try (Connection c = dataSource.getConnection();
                Statement ddl = c.createStatement()) {
            for (String migration : KIT_MIGRATIONS) {
                ddl.execute(resource("/db/kit/" + migration));
            }
        }
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE outbox_event, processed_event");
        }
    }

    @Test
    void deletesOldPublishedRowsInBatchesAndKeepsRecentAndUnpublishedOnes() throws SQLException {
        // 2,500 published 8 days ago: more than two batches of 1,000.
        insertOutbox(2_500, "now() - interval '9 days'", "now() - interval '8 days'");
        List<Long> recent = insertOutbox(3, "now() - interval '2 days'", "now() - interval '1 day'");
        List<Long> unpublished = insertOutbox(2, "now() - interval '30 days'", null);

        int deleted = new RetentionSweep(dataSource, Duration.ofDays(7), 1_000).deletePublishedOutboxRows();

        assertThat(deleted).isEqualTo(2_500);
        List<Long> left = ids("SELECT id FROM outbox_event ORDER BY id");
        List<Long> expected = new ArrayList<>(recent);
        expected.addAll(unpublished);
        assertThat(left).containsExactlyElementsOf(expected);
    }

    @Test
    void deletesOldProcessedEventIdsAndKeepsRecentOnes() throws SQLException {
        insertProcessed(1_500, "now() - interval '8 days'");
        List<UUID> recent = insertProcessed(4, "now() - interval '6 days'");

        int deleted = new RetentionSweep(dataSource, Duration.ofDays(7), 1_000).deleteProcessedEventIds();

        assertThat(deleted).isEqualTo(1_500);
        List<UUID> left = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement().executeQuery("SELECT event_id FROM processed_event")) {
            while (rows.next()) {
                left.add(rows.getObject(1, UUID.class));
            }
        }
        assertThat(left).containsExactlyInAnyOrderElementsOf(recent);
    }

    @Test
    void aRowLockedByAnotherTransactionIsSkippedNotWaitedForAndGoesInTheNextSweep() throws SQLException {
        List<Long> old = insertOutbox(3, "now() - interval '9 days'", "now() - interval '8 days'");
        RetentionSweep sweep = new RetentionSweep(dataSource, Duration.ofDays(7), 1_000);
        try (Connection relay = dataSource.getConnection()) {
            relay.setAutoCommit(false);
            try (PreparedStatement lock =
                    relay.prepareStatement("SELECT id FROM outbox_event WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, old.get(0));
                lock.executeQuery().close();
            }

            assertThat(sweep.deletePublishedOutboxRows()).isEqualTo(2);
            assertThat(ids("SELECT id FROM outbox_event")).containsExactly(old.get(0));
            relay.rollback();
        }

        assertThat(sweep.deletePublishedOutboxRows()).isEqualTo(1);
        assertThat(ids("SELECT id FROM outbox_event")).isEmpty();
    }

    private static List<Long> insertOutbox(int count, String createdAt, String publishedAt) throws SQLException {
        String sql = "INSERT INTO outbox_event (event_id, topic, message_key, event_type, event_version, payload,"
                + " created_at, published_at) SELECT gen_random_uuid(), 'project-events', 'project:' || n,"
                + " 'ProjectCreated', 1, '{}', " + createdAt + ", " + (publishedAt == null ? "NULL" : publishedAt)
                + " FROM generate_series(1, " + count + ") AS n RETURNING id";
        return ids(sql);
    }

    private static List<UUID> insertProcessed(int count, String processedAt) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery("INSERT INTO processed_event (event_id, topic, processed_at)"
                                + " SELECT gen_random_uuid(), 'project-events', " + processedAt
                                + " FROM generate_series(1, " + count + ") RETURNING event_id")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RetentionSweepIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
