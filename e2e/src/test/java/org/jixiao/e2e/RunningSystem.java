package org.jixiao.e2e;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jixiao.stack.FreePorts;
import org.jixiao.testinfra.KafkaLogins;

/**
 * The whole system started exactly as README line 1 starts it (local-stack's launcher with its built services), on
 * free ports and in a fresh data directory so a developer's running stack is never disturbed.
 */
final class RunningSystem implements AutoCloseable {
    private final Process process;
    final int gatewayPort;
    final int kafkaPort;
    final int servicePortBase;
    final int postgresPort;
    final Path data;
    /** Given to the launcher as JIXIAO_ADMIN_KEY, as a script with a known admin key would. */
    final String adminKey;

    private RunningSystem(
            Process process,
            int gatewayPort,
            int kafkaPort,
            int servicePortBase,
            int postgresPort,
            Path data,
            String adminKey) {
        this.postgresPort = postgresPort;
        this.data = data;
        this.process = process;
        this.gatewayPort = gatewayPort;
        this.kafkaPort = kafkaPort;
        this.servicePortBase = servicePortBase;
        this.adminKey = adminKey;
    }

    static RunningSystem start() throws IOException {
        Path repo = Path.of(System.getProperty("jixiao.repo.dir", ".."))
                .toAbsolutePath()
                .normalize();
        Path stack = repo.resolve("local-stack");
        String classpath = stack.resolve("target/classes")
                + File.pathSeparator
                + Files.readString(stack.resolve("target/stack.classpath")).strip();
        int gateway = FreePorts.pick();
        int kafka = FreePorts.pick();
        int services = FreePorts.pickBlock(3);
        int postgres = FreePorts.pick();
        Path data = repo.resolve("e2e/target/stack-data");
        String adminKey = "jx_e2e_" + UUID.randomUUID();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "org.jixiao.stack.LocalStackMain",
                "--repo",
                repo.toString(),
                "--data",
                data.toString(),
                "--fresh",
                "--gateway-port",
                Integer.toString(gateway),
                "--pg-port",
                Integer.toString(postgres),
                "--kafka-port",
                Integer.toString(kafka),
                "--controller-port",
                Integer.toString(FreePorts.pick()),
                "--service-ports",
                Integer.toString(services)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JIXIAO_ADMIN_KEY", adminKey);
        Process process = builder.start();
        awaitReady(process);
        return new RunningSystem(process, gateway, kafka, services, postgres, data, adminKey);
    }

    /** A bearer token for an API key, from the gateway's token exchange. */
    String token(String apiKey) {
        return RestAssured.given()
                .baseUri(gateway())
                .contentType("application/json")
                .body(Map.of("apiKey", apiKey))
                .post("/api/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    /** Where a service listens when called directly, bypassing the gateway. */
    String serviceUrl(String module) {
        int offset = List.of("project-service", "indicator-service", "monitoring-service")
                .indexOf(module);
        if (offset < 0) {
            throw new IllegalArgumentException(module);
        }
        return "http://127.0.0.1:" + (servicePortBase + offset);
    }

    /**
     * A connection to one of the stack's databases as the superuser, whose password the launcher keeps with its other
     * secrets: for tests that count rows behind the API's back.
     */
    Connection database(String name) throws IOException, SQLException {
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve("keys/postgres.properties"))) {
            passwords.load(reader);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + name,
                "postgres",
                passwords.getProperty("superuser"));
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Settings for a Kafka client of the stack, logged in as its super user with the password the stack keeps. */
    Map<String, Object> kafka() {
        return kafkaAs(KafkaLogins.ADMIN);
    }

    /** Settings for a Kafka client logged in as one of the stack's principals. */
    Map<String, Object> kafkaAs(String principal) {
        return KafkaLogins.client("127.0.0.1:" + kafkaPort, data.resolve("keys"), principal);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** A service's process, which the launcher names on its command line. */
    ProcessHandle service(String module) {
        String instance = "-Djixiao.instance=" + module + " ";
        return handle().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(instance))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(module + " is not running"));
    }

    private static void awaitReady(Process process) {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line; (line = out.readLine()) != null; ) {
                            System.out.println("[stack] " + line);
                            if (line.startsWith("JIXIAO-READY")) {
                                ready.complete(true);
                            }
                        }
                    } catch (IOException ignored) {
                        // process ended
                    }
                    ready.complete(false);
                },
                "stack-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.get(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the stack exited before it was ready (see [stack] lines above)");
            }
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the stack did not start: " + e.getMessage(), e);
        }
    }

    /** Stops the stack like Ctrl-C does (SIGTERM to the launcher) and waits for it to finish. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("the stack did not stop within 90 s of SIGTERM");
        }
    }
}
