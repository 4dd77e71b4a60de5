package org.jixiao.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database and a real Kafka broker. The infrastructure is started once
 * per test JVM and shared by every test class of the module; the database is chosen with the init arg
 * {@code database} (default {@code project}). Requests carry an admin token by default ({@link TestTokens}).
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {
    private static InfraProcess infra;
    private String database = "project";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public synchronized Map<String, String> start() {
        if (infra == null) {
            infra = InfraProcess.start();
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "infra-stop"));
        }
        TestTokens.adminByDefault();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + infra.postgresPort + "/" + database,
                "kafka.bootstrap.servers",
                bootstrapServers());
    }

    /** Kept running for the next test class; the shutdown hook stops it when the JVM ends. */
    @Override
    public void stop() {}

    public static String bootstrapServers() {
        return "127.0.0.1:" + infra.kafkaPort;
    }

    public static int postgresPort() {
        return infra.postgresPort;
    }
}
