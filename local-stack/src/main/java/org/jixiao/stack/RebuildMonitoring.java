package org.jixiao.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./jixiao rebuild}: replays every event from offset 0 into a fresh schema of monitoring's database and compares
 * the result with the live state, table by table. Prints {@code REBUILD-SCHEMA <name>} when it starts and
 * {@code REBUILD-EQUAL} or {@code REBUILD-DIFFERENT <n> table(s)} at the end; exit codes as in
 * {@link RebuildOptions#USAGE}. It runs against a running stack and does not change it: the rebuild has its own
 * schema and consumer group and publishes nothing.
 */
public final class RebuildMonitoring {
    public static final String SCHEMA_PREFIX = "REBUILD-SCHEMA";
    public static final String EQUAL = "REBUILD-EQUAL";
    public static final String DIFFERENT = "REBUILD-DIFFERENT";

    static final int EXIT_EQUAL = 0;
    static final int EXIT_DIFFERENT = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_FAILED = 3;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final RebuildOptions options;

    private RebuildMonitoring(RebuildOptions options) {
        this.options = options;
    }

    public static void main(String[] argv) {
        if (Arrays.asList(argv).contains("--help") || Arrays.asList(argv).contains("-h")) {
            System.out.println(RebuildOptions.USAGE);
            return;
        }
        RebuildOptions options;
        try {
            options = RebuildOptions.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(RebuildOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        System.exit(new RebuildMonitoring(options).run());
    }

    private int run() {
        RebuildOptions.DatabaseLogin login = options.login();
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), login.user(), login.password())) {
            if (!hasTable(connection, options.liveSchema(), "current_status")) {
                System.err.println("schema " + options.liveSchema() + " of database " + options.database()
                        + " holds no monitoring tables: is the stack running (./jixiao up) with these ports?");
                return EXIT_FAILED;
            }
            String schema = options.compareOnly();
            if (schema == null) {
                schema = newSchemaName(connection);
                if (!replay(connection, schema)) {
                    return EXIT_FAILED;
                }
            } else if (!hasTable(connection, schema, "current_status")) {
                System.err.println("--compare " + schema + ": no rebuilt schema of that name in " + options.database());
                return EXIT_FAILED;
            }
            try {
                return compare(connection, schema);
            } finally {
                dropUnlessKept(connection, schema);
            }
        } catch (SQLException e) {
            System.err.println(
                    "REBUILD-FAILED cannot reach PostgreSQL at " + options.jdbcUrl() + ": " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private boolean replay(Connection connection, String schema) throws SQLException {
        System.out.println(SCHEMA_PREFIX + " " + schema);
        System.out.println("replaying the topics from offset 0 into schema " + schema + " of " + options.database()
                + " (log: " + options.data().resolve("logs").resolve(RebuildReplay.INSTANCE + ".log") + ")");
        try (ConsumerLag lag = new ConsumerLag(
                options.bootstrapServers(), options.kafkaPrincipals().login(KafkaPrincipals.ADMIN))) {
            RebuildReplay replay = new RebuildReplay(options, connection, lag);
            Thread onSignal = new Thread(replay::stop, "rebuild-stop");
            Runtime.getRuntime().addShutdownHook(onSignal);
            replay.run(schema);
            Runtime.getRuntime().removeShutdownHook(onSignal);
            return true;
        } catch (Exception e) {
            System.err.println("REBUILD-FAILED " + e.getMessage());
            dropUnlessKept(connection, schema);
            return false;
        }
    }

    private int compare(Connection connection, String schema) throws SQLException {
        List<TableDifferences> differences = new SchemaComparison(connection).compare(options.liveSchema(), schema);
        if (differences.isEmpty()) {
            System.out.println("the rebuild from the events equals the live state (schema " + options.liveSchema()
                    + ", every table but "
                    + String.join(
                            ", ", SchemaComparison.NOT_STATE.stream().sorted().toList()) + ")");
            System.out.println(EQUAL);
            return EXIT_EQUAL;
        }
        differences.forEach(d -> System.out.println(d.describe()));
        new LiveStateNotes(connection, options.liveSchema()).print(differences);
        System.out.println(DIFFERENT + " " + differences.size() + " table(s)");
        return EXIT_DIFFERENT;
    }

    private void dropUnlessKept(Connection connection, String schema) {
        if (options.keep()) {
            System.out.println("kept schema " + schema + " (compare again: ./jixiao rebuild --compare " + schema
                    + "; remove: DROP SCHEMA " + schema + " CASCADE)");
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SchemaComparison.quote(schema) + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    /** A UTC time stamp: sortable and a plain identifier; a suffix when two rebuilds start in the same second. */
    private static String newSchemaName(Connection connection) throws SQLException {
        String base = "rebuild_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        String name = base;
        for (int n = 2; schemaExists(connection, name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    static boolean hasTable(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
