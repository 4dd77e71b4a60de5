package org.jixiao.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL 17 from Maven artifacts (zonky), so nobody needs Docker or a system package. The data directory
 * is kept between runs: the second start takes under a second and the demo data survives.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    /** One database per service (docs/architecture.md: a service never reads another's tables). */
    public static final List<String> DATABASES = List.of("project", "indicator", "monitoring", "gateway");

    public static final String USER = "postgres";
    /**
     * The test infrastructure's password: there initdb's trust authentication accepts any. The local stack replaces
     * trust with generated passwords ({@link DatabaseRoles}), and its superuser connections find theirs in pgpass.
     */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with its cluster in {@code dataDir} and creates the
     * service databases that do not exist yet. Server output goes to {@code log}.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, Path log) throws IOException, SQLException {
        int chosen = Ports.resolve(port);
        Ports.requireFree(chosen, "PostgreSQL");
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        stopLeftoverPostmaster(dataDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(chosen)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Our own shutdown hook stops PostgreSQL last, after the services; zonky's would race with it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("listen_addresses", "127.0.0.1")
                // Autovacuum visits each database every 15 s instead of every minute, so tables that grow from
                // nothing by hundreds of thousands of rows in seconds (a new stack, a bulk load) get statistics soon:
                // planned without them, monitoring's batches kept PostgreSQL busy for minutes (docs/operations.md,
                // "The local stack").
                .setServerConfig("autovacuum_naptime", "15s")
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, chosen);
        try {
            server.createDatabases(DATABASES);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        // No password: trust accepts the connection, and where passwords are required the driver reads pgpass.
        return DriverManager.getConnection(jdbcUrl(database), USER, null);
    }

    private void createDatabases(List<String> names) throws SQLException {
        try (Connection c = connect("postgres");
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement ddl = c.createStatement()) {
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        // CREATE DATABASE takes no bind parameters; the names are our own constants.
                        ddl.execute("CREATE DATABASE \"" + name + "\"");
                    }
                }
            }
        }
    }

    /**
     * A launcher killed with SIGKILL leaves the postmaster running (pg_ctl detaches it), holding the data directory.
     * SIGINT is PostgreSQL's "fast shutdown": it disconnects clients and stops cleanly.
     */
    private static void stopLeftoverPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
            if (handle == null
                    || !handle.isAlive()
                    || !handle.info().command().orElse("").contains("postgres")) {
                return; // stale file of a crashed server: PostgreSQL itself recovers from that
            }
            System.out.println("stopping PostgreSQL " + pid + " left over by a previous run");
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("could not stop a leftover PostgreSQL: " + e);
        }
    }

    /** Fast shutdown via pg_ctl (zonky's close); waits until the server is down. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
