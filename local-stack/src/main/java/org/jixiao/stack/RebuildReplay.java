package org.jixiao.stack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.events.Topics;

/**
 * Replays the topics into a fresh schema with monitoring-service's own jar in its {@code rebuild} profile (fresh
 * consumer group, offsets from 0, no status events, no dead letters, no date rollover, the reports only once the read
 * model is replayed), until it has caught up.
 */
final class RebuildReplay {
    static final String MODULE = "monitoring-service";
    /** Log {@code logs/monitoring-rebuild.log}; never confused with the live monitoring-service. */
    static final String INSTANCE = "monitoring-rebuild";

    static final List<String> TOPICS = List.of(Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS, Topics.PROGRESS_EVENTS);

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final RebuildOptions options;
    private final Connection connection;
    private final ConsumerLag lag;
    private volatile ServiceProcess running;

    RebuildReplay(RebuildOptions options, Connection connection, ConsumerLag lag) {
        this.options = options;
        this.connection = connection;
        this.lag = lag;
    }

    static String groupOf(String schema) {
        return "monitoring-rebuild-" + schema;
    }

    /** Replays everything into {@code schema} (created by the jar's Flyway) and returns once it has caught up. */
    void run(String schema) throws Exception {
        Instant deadline = Instant.now().plus(options.timeout());
        String group = groupOf(schema);
        long t0 = System.nanoTime();
        int port = Ports.free();
        try (ServiceProcess jar = ServiceProcess.start(
                MODULE, INSTANCE, options.repo(), port, environment(port, schema, group), options.data())) {
            running = jar;
            jar.awaitReady(READY_TIMEOUT);
            awaitCaughtUp(jar, schema, group, deadline);
        } finally {
            running = null;
        }
        System.out.printf(
                "  %-60s (%.1f s)%n", "replayed " + String.join(", ", TOPICS), (System.nanoTime() - t0) / 1e9);
        try {
            lag.deleteGroup(group);
        } catch (Exception e) {
            System.out.println("note: consumer group " + group + " was not deleted: " + e.getMessage());
        }
    }

    /** Stops the jar of a replay in progress (Ctrl-C). */
    void stop() {
        ServiceProcess jar = running;
        if (jar != null) {
            jar.close();
        }
    }

    private Map<String, String> environment(int port, String schema, String group) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "rebuild");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", options.jdbcUrl() + "?currentSchema=" + schema);
        RebuildOptions.DatabaseLogin login = options.login();
        env.put("QUARKUS_DATASOURCE_USERNAME", login.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", login.password());
        env.put("QUARKUS_FLYWAY_SCHEMAS", schema);
        env.put("KAFKA_BOOTSTRAP_SERVERS", options.bootstrapServers());
        env.putAll(options.kafkaPrincipals().serviceEnvironment(KafkaPrincipals.MONITORING));
        // The live service's signing key, so the rebuild trusts exactly the reports the live service trusted.
        options.reportsSigningKey().ifPresent(key -> env.put("JIXIAO_REPORTS_SIGNING_KEY", key));
        env.put("JIXIAO_REBUILD_GROUP_ID", group);
        return env;
    }

    /**
     * Caught up: the group's committed offsets are at the end of every topic (an offset is committed only after its
     * transaction) and no project awaits its deferred re-evaluation. The lag is checked again after the drain, in
     * case a record arrived meanwhile.
     */
    private void awaitCaughtUp(ServiceProcess jar, String schema, String group, Instant deadline) throws Exception {
        Instant nextReport = Instant.now().plus(PROGRESS_EVERY);
        while (true) {
            if (!jar.processHandle().isAlive()) {
                throw new IOException("the rebuild stopped by itself; last lines of " + jar.log() + ":\n"
                        + ChildProcess.tail(jar.log(), 40));
            }
            long behind = lag.of(group, TOPICS);
            long pending = behind == 0 ? pendingRefreshes(schema) : 0;
            if (behind == 0 && pending == 0 && lag.of(group, TOPICS) == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("not caught up within "
                        + options.timeout().toSeconds() + " s (" + behind + " record(s) to go); see " + jar.log());
            }
            if (Instant.now().isAfter(nextReport)) {
                System.out.println("  " + behind + " record(s) to go"
                        + (pending > 0 ? ", " + pending + " project(s) awaiting evaluation" : ""));
                nextReport = Instant.now().plus(PROGRESS_EVERY);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private long pendingRefreshes(String schema) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM " + SchemaComparison.quote(schema) + ".pending_refresh")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
