package org.jixiao.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher end to end, with {@link FakeServiceMain} standing in for the four Quarkus services: start order,
 * the environment each service gets, demo data through the gateway, and that SIGTERM (what Ctrl-C amounts to) or a
 * failed start leaves no process behind.
 */
class LocalStackIT {
    @TempDir
    Path tmp;

    @Test
    void startsEverythingLoadsDemoDataAndStopsWithoutLeftovers() throws Exception {
        Path repo = fakeRepo();
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("001.txt"), "1.2025年信息化运维项目绩效目标表\n573301\n");
        Files.writeString(seeds.resolve("ignored.md"), "not a seed");
        LauncherProcess stack = LauncherProcess.start(repo, tmp.resolve("data"), seeds);
        try {
            assertTrue(stack.awaitLine(LocalStackMain.READY_PREFIX + " http://127.0.0.1:" + stack.gatewayPort, 120));

            String project = Files.readString(repo.resolve("project-service/fake-env.txt"));
            assertTrue(project.contains("QUARKUS_HTTP_PORT=" + stack.basePort), project);
            assertTrue(project.contains("QUARKUS_HTTP_HOST=127.0.0.1"), project);
            assertTrue(
                    project.contains(
                            "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:" + stack.pgPort + "/project"),
                    project);
            assertTrue(project.contains("QUARKUS_DATASOURCE_USERNAME=jixiao_project"), project);
            assertLeastPrivilege(stack, tmp.resolve("data/keys"));
            assertTrue(project.contains("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + stack.kafkaPort), project);
            String monitoring = Files.readString(repo.resolve("monitoring-service/fake-env.txt"));
            assertTrue(monitoring.contains("/monitoring\n"), monitoring);
            String gateway = Files.readString(repo.resolve("gateway/fake-env.txt"));
            assertTrue(gateway.contains("QUARKUS_HTTP_PORT=" + stack.gatewayPort), gateway);
            assertTrue(gateway.contains("JIXIAO_UPSTREAM_INDICATOR_URL=http://127.0.0.1:" + (stack.basePort + 1)));
            assertTrue(gateway.contains("/gateway\n"), gateway);

            List<String> imports = Files.readAllLines(repo.resolve("gateway/fake-imports.txt"));
            assertEquals(
                    List.of("POST /api/imports?fiscalYear=2025 Bearer fake-admin-token text/plain; charset=utf-8"
                            + " 1.2025年信息化运维项目绩效目标表"),
                    imports);
            assertTrue(stack.output().contains("demo data: 1 project(s) created"), stack.output());
            // One key per role is created and printed; the keys and the token signing pair stay in the data dir.
            assertTrue(stack.output().contains("reader        jx_fake_"), stack.output());
            assertTrue(gateway.contains("JIXIAO_ADMIN_KEY=jx_"), gateway);
            assertTrue(gateway.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION=file:"), gateway);
            assertTrue(project.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:"), project);
            assertFalse(project.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), project);
            assertTrue(Files.exists(tmp.resolve("data/keys/demo-keys.properties")));
            assertKafkaLogins(tmp.resolve("data"), project, monitoring, gateway);
        } finally {
            stack.stopAndAssertNothingLeft();
        }
        for (String module : LocalStack.MODULES) {
            assertTrue(Files.exists(repo.resolve(module).resolve("fake-stopped.txt")), module + " was killed");
        }
        // The JVM reports death by SIGTERM as 143 even after its shutdown hook finished cleanly.
        assertEquals(143, stack.exitCode(), stack.output());
    }

    @Test
    void failedStartStopsWhatWasStartedAndExitsNonZero() throws Exception {
        Path repo = fakeRepo();
        Files.writeString(repo.resolve("gateway/fake-crash"), "");
        LauncherProcess stack = LauncherProcess.start(repo, tmp.resolve("data"), tmp.resolve("no-seeds"));
        assertTrue(stack.process.waitFor(120, TimeUnit.SECONDS), "launcher did not give up");
        assertNotEquals(0, stack.exitCode());
        assertTrue(stack.output().contains("JIXIAO-FAILED gateway exited with code 3"), stack.output());
        assertTrue(stack.output().contains("crashing on purpose"), "the reason should include the log tail");
        stack.stopAndAssertNothingLeft();
    }

    /** A repository whose four services are runnable jars of {@link FakeServiceMain}. */
    private Path fakeRepo() throws IOException {
        Path repo = tmp.resolve("repo");
        String classes = Path.of(FakeServiceMain.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toUri()
                .toString();
        for (String module : LocalStack.MODULES) {
            Path jar = Files.createDirectories(repo.resolve(module).resolve("target/quarkus-app"))
                    .resolve("quarkus-run.jar");
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeServiceMain.class.getName());
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes);
            try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                // the manifest is the whole jar
            }
        }
        return repo;
    }

    /** Each service's role reaches its own database only; nobody gets in without the generated password. */
    /** Each service logs in to Kafka as itself; only monitoring gets the key its intake signs with. */
    private static void assertKafkaLogins(Path data, String project, String monitoring, String gateway)
            throws Exception {
        assertTrue(project.contains("JIXIAO_KAFKA_USER=project-service"), project);
        assertTrue(monitoring.contains("JIXIAO_KAFKA_USER=monitoring-service"), monitoring);
        assertTrue(gateway.contains("JIXIAO_KAFKA_USER=gateway"), gateway);
        assertTrue(monitoring.contains("JIXIAO_REPORTS_SIGNING_KEY=jx_"), monitoring);
        assertFalse(project.contains("JIXIAO_REPORTS_SIGNING_KEY"), project);
        for (String file : List.of(
                "keys/kafka.properties",
                "keys/reports-signing.key",
                "kafka/server.properties",
                "clients/status-reader.kcat",
                "clients/status-reader.properties")) {
            assertTrue(SecretFiles.isOwnerOnly(data.resolve(file)), file + " is readable by its owner only");
        }
    }

    private static void assertLeastPrivilege(LauncherProcess stack, Path keys) throws Exception {
        Path passwords = keys.resolve("postgres.properties");
        assertTrue(SecretFiles.isOwnerOnly(passwords), "postgres.properties is readable by its owner only");
        assertTrue(SecretFiles.isOwnerOnly(keys.resolve("pgpass")), "pgpass is readable by its owner only");
        java.util.Properties kept = SecretFiles.read(passwords);
        String base = "jdbc:postgresql://127.0.0.1:" + stack.pgPort + "/";
        try (java.sql.Connection own =
                java.sql.DriverManager.getConnection(base + "project", "jixiao_project", kept.getProperty("project"))) {
            assertTrue(own.isValid(5));
        }
        java.sql.SQLException otherDatabase = org.junit.jupiter.api.Assertions.assertThrows(
                java.sql.SQLException.class,
                () -> java.sql.DriverManager.getConnection(
                        base + "gateway", "jixiao_project", kept.getProperty("project")));
        assertTrue(otherDatabase.getMessage().contains("permission denied"), otherDatabase.getMessage());
        java.sql.SQLException defaultPassword = org.junit.jupiter.api.Assertions.assertThrows(
                java.sql.SQLException.class,
                () -> java.sql.DriverManager.getConnection(base + "gateway", "postgres", "postgres"));
        assertTrue(
                defaultPassword.getMessage().contains("password authentication failed"), defaultPassword.getMessage());
    }
}
