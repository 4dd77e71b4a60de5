package org.jixiao.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/** Options of {@link RebuildMonitoring}; the defaults are those of a stack started with {@code ./jixiao up}. */
record RebuildOptions(
        Path repo,
        Path data,
        int pgPort,
        int kafkaPort,
        String database,
        String liveSchema,
        boolean keep,
        String compareOnly,
        Duration timeout) {

    static final String USAGE = String.join(
            "\n",
            "usage: ./jixiao rebuild [options]",
            "Replays project-, indicator- and progress-events from offset 0 into a fresh schema of monitoring's",
            "database, with monitoring-service's own jar, then compares it with the live state table by table.",
            "Exit code 0: equal; 1: different (the differences are printed); 2: bad options; 3: could not rebuild.",
            "  --keep                  leave the rebuilt schema for inspection (default: drop it)",
            "  --compare SCHEMA        compare with a kept rebuilt schema again, without replaying",
            "  --pg-port N             PostgreSQL port of the running stack (default 5433)",
            "  --kafka-port N          Kafka port of the running stack (default 9092)",
            "  --database NAME         monitoring's database (default monitoring)",
            "  --live-schema NAME      the live service's schema (default public)",
            "  --timeout SECONDS       give up when the replay has not caught up by then (default 1800)",
            "  --data DIR              where the rebuild's log goes: DIR/logs/monitoring-rebuild.log (default:",
            "                          <repo>/.jixiao)",
            "  --repo DIR              repository root with the built monitoring-service (default: current directory)");

    /** Unquoted PostgreSQL identifiers: what a schema name on the command line may be. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final Set<String> FLAGS = Set.of("--keep");
    private static final Set<String> VALUES = Set.of(
            "--compare", "--pg-port", "--kafka-port", "--database", "--live-schema", "--timeout", "--data", "--repo");

    static RebuildOptions parse(String[] argv) {
        Args args = new Args(argv, FLAGS, VALUES);
        Path repo = Path.of(args.value("--repo", ".")).toAbsolutePath().normalize();
        RebuildOptions options = new RebuildOptions(
                repo,
                Path.of(args.value("--data", repo.resolve(".jixiao").toString()))
                        .toAbsolutePath()
                        .normalize(),
                args.port("--pg-port", 5433),
                args.port("--kafka-port", 9092),
                args.value("--database", "monitoring"),
                args.value("--live-schema", "public"),
                args.flag("--keep"),
                args.value("--compare", null),
                Duration.ofSeconds(seconds(args.value("--timeout", "1800"))));
        options.validate();
        return options;
    }

    private void validate() {
        if (pgPort == 0 || kafkaPort == 0) {
            throw new IllegalArgumentException("--pg-port and --kafka-port name the running stack's ports (not 0)");
        }
        requireSchemaName("--live-schema", liveSchema);
        requireSchemaName("--database", database);
        if (compareOnly != null) {
            requireSchemaName("--compare", compareOnly);
            if (compareOnly.equals(liveSchema)) {
                throw new IllegalArgumentException("--compare names the live schema itself: " + compareOnly);
            }
        }
    }

    private static void requireSchemaName(String option, String name) {
        if (!SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    option + " must be a plain lower-case identifier (letters, digits, _), not " + name);
        }
    }

    private static long seconds(String raw) {
        try {
            long seconds = Long.parseLong(raw.trim());
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, not " + raw);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** The key the stack's monitoring signs its progress events with, when {@code data} keeps one. */
    java.util.Optional<String> reportsSigningKey() {
        java.nio.file.Path file = data.resolve("keys").resolve(StackKeys.REPORTS_SIGNING_KEY);
        try {
            return java.nio.file.Files.exists(file)
                    ? java.util.Optional.of(java.nio.file.Files.readString(file).strip())
                    : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The stack's Kafka logins: the rebuild replays as monitoring-service, and reads lags as the admin. */
    KafkaPrincipals kafkaPrincipals() {
        try {
            return KafkaPrincipals.kept(data.resolve("keys"));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the stack's Kafka passwords: " + e.getMessage(), e);
        }
    }

    /**
     * Who the rebuild logs in as: the monitoring database's own role when the stack in {@code data} keeps one (it
     * owns the database, so it may create and drop the rebuild's schema), else the test infrastructure's superuser.
     */
    DatabaseLogin login() {
        try {
            DatabaseRoles roles = DatabaseRoles.kept(data.resolve("keys"));
            if (roles != null) {
                return new DatabaseLogin(DatabaseRoles.roleOf(database), roles.passwordOf(database));
            }
        } catch (java.io.IOException | IllegalStateException e) {
            throw new IllegalArgumentException("cannot read the stack's database passwords: " + e.getMessage(), e);
        }
        return new DatabaseLogin(EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    record DatabaseLogin(String user, String password) {}
}
