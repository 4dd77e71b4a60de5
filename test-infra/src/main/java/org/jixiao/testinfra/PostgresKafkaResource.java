package org.jixiao.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database and a real Kafka broker. The infrastructure is started once
 * per test JVM and shared by every test class of the module; the database is chosen with the init arg
 * {@code database} (default {@code project}). Requests carry an admin token by default ({@link TestTokens}).
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {
    /**
     * Where the shared infrastructure's ports are kept, as {@code pg:kafka}. Quarkus loads this class anew in each
     * application it restarts for another set of test resources or profile, so a static field would start one
     * infrastructure per restart, all left running until the JVM ends; a system property is the JVM's own.
     */
    private static final String PORTS_PROPERTY = "jixiao.test-infra.ports";

    private String database = "project";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startOncePerJvm();
        TestTokens.adminByDefault();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/" + database,
                "kafka.bootstrap.servers",
                bootstrapServers());
    }

    // Quarkus starts test resources one application at a time, so the lock only guards against a caller of its own.
    private static synchronized void startOncePerJvm() {
        if (System.getProperty(PORTS_PROPERTY) == null) {
            InfraProcess infra = InfraProcess.start();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "infra-stop"));
            System.setProperty(PORTS_PROPERTY, infra.postgresPort + ":" + infra.kafkaPort);
        }
    }

    /** Kept running for the next test class; the shutdown hook stops it when the JVM ends. */
    @Override
    public void stop() {}

    public static String bootstrapServers() {
        return "127.0.0.1:" + port(1);
    }

    public static int postgresPort() {
        return port(0);
    }

    private static int port(int index) {
        String ports = System.getProperty(PORTS_PROPERTY);
        if (ports == null) {
            throw new IllegalStateException("PostgreSQL and Kafka are not started: no test resource has run yet");
        }
        return Integer.parseInt(ports.split(":")[index]);
    }
}
