package org.jixiao.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Least privilege in the local stack's PostgreSQL (docs/security.md, "PostgreSQL"): each service logs in as its own
 * role, which owns its database and nothing else; nobody else may connect to it; the superuser has a password too,
 * and the server asks every TCP client for one (scram-sha-256). The passwords are generated on first start and kept
 * in {@code <data>/keys/postgres.properties} (mode 0600) next to the stack's other secrets.
 *
 * <p>The embedded server's own readiness probe connects as the superuser without a password; the launcher points
 * the PostgreSQL driver at a pgpass file (also 0600) so that the probe, too, authenticates.
 */
final class DatabaseRoles {
    static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_KEY = "superuser";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, String> passwords;

    private DatabaseRoles(Path file, Map<String, String> passwords) {
        this.file = file;
        this.passwords = passwords;
    }

    /** The kept passwords, with new ones generated (and saved) for any database or superuser still missing one. */
    static DatabaseRoles prepare(Path keysDir, List<String> databases) throws IOException {
        Path file = keysDir.resolve("postgres.properties");
        Properties kept = SecretFiles.read(file);
        Map<String, String> passwords = new LinkedHashMap<>();
        boolean changed = false;
        for (String name : concat(SUPERUSER_KEY, databases)) {
            String password = kept.getProperty(name);
            if (password == null || password.isBlank()) {
                password = newPassword();
                kept.setProperty(name, password);
                changed = true;
            }
            passwords.put(name, password);
        }
        if (changed) {
            SecretFiles.write(file, kept, "jixiao PostgreSQL passwords (local stack only): role per service database");
        }
        DatabaseRoles roles = new DatabaseRoles(file, passwords);
        roles.writePgpass(keysDir.resolve("pgpass"));
        return roles;
    }

    /** The roles kept for a data directory, or null when it has none (a stack that predates roles, or test infra). */
    static DatabaseRoles kept(Path keysDir) throws IOException {
        Path file = keysDir.resolve("postgres.properties");
        if (!Files.exists(file)) {
            return null;
        }
        Properties kept = SecretFiles.read(file);
        Map<String, String> passwords = new LinkedHashMap<>();
        kept.stringPropertyNames().forEach(name -> passwords.put(name, kept.getProperty(name)));
        return new DatabaseRoles(file, passwords);
    }

    static String roleOf(String database) {
        return "jixiao_" + database;
    }

    String passwordOf(String database) {
        String password = passwords.get(database);
        if (password == null) {
            throw new IllegalStateException("no password for database " + database + " in " + file);
        }
        return password;
    }

    String superuserPassword() {
        return passwords.get(SUPERUSER_KEY);
    }

    /**
     * Creates or updates the roles, hands each its database, closes the databases to everyone else, and switches the
     * server to password authentication. Idempotent: runs on every start, so a changed file takes effect.
     */
    void apply(EmbeddedPostgresServer postgres, List<String> databases) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), SUPERUSER, superuserPassword());
                Statement ddl = c.createStatement()) {
            ddl.execute("SET password_encryption = 'scram-sha-256'");
            ddl.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(superuserPassword()));
            for (String database : databases) {
                String role = roleOf(database);
                ddl.execute((exists(c, role) ? "ALTER ROLE " : "CREATE ROLE ") + role
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(passwordOf(database)));
                ddl.execute("ALTER DATABASE \"" + database + "\" OWNER TO " + role);
                ddl.execute("REVOKE ALL ON DATABASE \"" + database + "\" FROM PUBLIC");
                ddl.execute("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE \"" + database + "\" TO " + role);
            }
            ddl.execute("ALTER SYSTEM SET password_encryption = 'scram-sha-256'");
            requirePasswords(c, postgres);
            ddl.execute("SELECT pg_reload_conf()");
        }
        for (String database : databases) {
            handOverPublicSchema(postgres, database);
        }
    }

    /** Environment of a service that logs in as the role of {@code database}. */
    Map<String, String> serviceEnvironment(String database) {
        return Map.of(
                "QUARKUS_DATASOURCE_USERNAME", roleOf(database),
                "QUARKUS_DATASOURCE_PASSWORD", passwordOf(database));
    }

    /** A pgpass line for the superuser on loopback: the driver reads it when no password is given. */
    private void writePgpass(Path pgpass) throws IOException {
        SecretFiles.write(
                pgpass,
                "127.0.0.1:*:*:" + SUPERUSER + ":" + superuserPassword() + "\n" + "localhost:*:*:" + SUPERUSER + ":"
                        + superuserPassword() + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toAbsolutePath().toString());
    }

    /**
     * A data directory from before roles existed holds tables the service made as the superuser: they become its
     * role's, so that the service can still migrate and write them.
     */
    private void handOverPublicSchema(EmbeddedPostgresServer postgres, String database) throws SQLException {
        String role = roleOf(database);
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), SUPERUSER, superuserPassword());
                Statement ddl = c.createStatement()) {
            ddl.execute("ALTER SCHEMA public OWNER TO " + role);
            ddl.execute("DO $$ DECLARE r record; BEGIN"
                    + " FOR r IN SELECT c.oid::regclass AS name,"
                    + "   CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END AS kind"
                    + "   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + "   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')"
                    + "   AND pg_get_userbyid(c.relowner) <> '" + role + "'"
                    + "   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))"
                    + " LOOP EXECUTE format('ALTER %s %s OWNER TO " + role + "', r.kind, r.name); END LOOP;"
                    + " END $$");
        }
    }

    private static void requirePasswords(Connection c, EmbeddedPostgresServer postgres) throws SQLException {
        Path hba;
        try (Statement query = c.createStatement();
                ResultSet rs = query.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = Path.of(rs.getString(1));
        }
        String rules = "# jixiao local stack: every client gives a password (docs/security.md, \"PostgreSQL\")\n"
                + "local all all scram-sha-256\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n"
                + "host all all ::1/128 scram-sha-256\n";
        try {
            Files.writeString(hba, rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot write " + hba + " of PostgreSQL on port " + postgres.port(), e);
        }
    }

    private static boolean exists(Connection c, String role) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Our own generated hex passwords: no quote can occur, but a literal must never be built from anything else. */
    private static String literal(String password) {
        if (!password.matches("[0-9a-f]{32,128}")) {
            throw new IllegalStateException("a kept password is not in the generated form; delete the file to renew");
        }
        return "'" + password + "'";
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
