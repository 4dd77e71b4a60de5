package org.jixiao.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PostgreSQL and a Kafka broker of their own (with the stack's topics), apart from the ones the module's
 * {@code @QuarkusTest}s share: for tests that replay the real topics from offset 0 and must see only their own events.
 * Stopped by {@link #close()}, or with the test JVM at the latest.
 */
public final class DedicatedInfra implements AutoCloseable {
    /** The test stack's login (the services' dev and test profiles use the same). */
    public static final String USER = "postgres";

    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final InfraProcess infra;

    private DedicatedInfra(InfraProcess infra) {
        this.infra = infra;
    }

    public static DedicatedInfra start() {
        InfraProcess infra = InfraProcess.start();
        Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "dedicated-infra-stop"));
        return new DedicatedInfra(infra);
    }

    public int postgresPort() {
        return infra.postgresPort;
    }

    public int kafkaPort() {
        return infra.kafkaPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + infra.kafkaPort;
    }

    /** Settings for a Kafka client of this infrastructure: the bootstrap servers and the super user's login. */
    public Map<String, Object> kafkaClient() {
        return KafkaLogins.client(bootstrapServers(), infra.keys, KafkaLogins.ADMIN);
    }

    /** What a service under test logs in to this Kafka with, as configuration ({@code jixiao.kafka-user}, …). */
    public Map<String, String> kafkaServiceConfig(String principal) {
        return KafkaLogins.serviceConfig(infra.keys, principal);
    }

    /** The keys directory of this infrastructure, as a stack's (for tools that read a stack's passwords). */
    public java.nio.file.Path keys() {
        return infra.keys;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + infra.postgresPort + "/" + database;
    }

    /** A connection as the stack's user (loopback trust authentication; the password is the stack's dev one). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** Creates an empty database (the stack creates only the services' own). */
    public void createDatabase(String name) throws SQLException {
        if (!DATABASE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
                Statement ddl = c.createStatement()) {
            ddl.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void close() {
        infra.stop();
    }
}
