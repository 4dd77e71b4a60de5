package org.jixiao.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
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
    /** The infrastructure's keys directory (Kafka passwords), kept beside the ports for the same reason. */
    private static final String KEYS_PROPERTY = "jixiao.test-infra.keys";

    private String database = "project";
    private String kafkaPrincipal;

    /**
     * {@code database}: the service's database; {@code kafka-principal}: who the service logs in to Kafka as (default:
     * the service owning that database, as in the stack: {@code <database>-service}, or {@code gateway}).
     */
    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        kafkaPrincipal = initArgs.getOrDefault(
                "kafka-principal", "gateway".equals(database) ? "gateway" : database + "-service");
    }

    @Override
    public Map<String, String> start() {
        startOncePerJvm();
        TestTokens.adminByDefault();
        Map<String, String> config = new HashMap<>(KafkaLogins.serviceConfig(keys(), kafkaPrincipal));
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/" + database);
        config.put("kafka.bootstrap.servers", bootstrapServers());
        return config;
    }

    /** Settings for a test's own Kafka client: the bootstrap servers and the super user's login. */
    public static Map<String, Object> kafkaClient() {
        return kafkaClientAs(KafkaLogins.ADMIN);
    }

    /** Settings for a Kafka client that logs in as one of the stack's principals (to show what it may not do). */
    public static Map<String, Object> kafkaClientAs(String principal) {
        return KafkaLogins.client(bootstrapServers(), keys(), principal);
    }

    private static Path keys() {
        String keys = System.getProperty(KEYS_PROPERTY);
        if (keys == null) {
            throw new IllegalStateException("PostgreSQL and Kafka are not started: no test resource has run yet");
        }
        return Path.of(keys);
    }

    // Quarkus starts test resources one application at a time, so the lock only guards against a caller of its own.
    private static synchronized void startOncePerJvm() {
        if (System.getProperty(PORTS_PROPERTY) == null) {
            InfraProcess infra = InfraProcess.start();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "infra-stop"));
            System.setProperty(PORTS_PROPERTY, infra.postgresPort + ":" + infra.kafkaPort);
            System.setProperty(KEYS_PROPERTY, infra.keys.toString());
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
