package org.jixiao.monitoring.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.stack.FreePorts;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.DedicatedInfra;

/**
 * The packaged monitoring-service ({@code target/quarkus-app/quarkus-run.jar}, built before failsafe runs) as a child
 * process with its own database and consumer group, configured by environment variables as the local stack does.
 */
final class MonitoringJar implements AutoCloseable {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration READY = Duration.ofMinutes(4);

    private final String name;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private MonitoringJar(String name, Map<String, String> environment, Path log) {
        this.name = name;
        this.environment = environment;
        this.log = log;
    }

    /** A live instance on {@code database} whose three consumers form the group {@code group}. */
    static MonitoringJar live(String name, DedicatedInfra infra, String database, String group) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(database));
        // The jar runs in the production profile, which has no default login (docs/security.md, "PostgreSQL").
        env.put("QUARKUS_DATASOURCE_USERNAME", DedicatedInfra.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", DedicatedInfra.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers());
        // As in the stack: monitoring-service's own principal, so its ACLs are what the replays run under.
        infra.kafkaServiceConfig("monitoring-service")
                .forEach((key, value) -> env.put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        env.putAll(judgement());
        for (String channel : List.of("PROJECT", "INDICATOR", "PROGRESS")) {
            env.put("MP_MESSAGING_INCOMING_" + channel + "_EVENTS_GROUP_ID", group);
        }
        return new MonitoringJar(name, env, Path.of("target", "replay", name + ".log"));
    }

    /**
     * What every run and the rebuild must share to judge alike: the scenario's calendar, and its reports, written
     * straight to the topic as an outside reporting system writes them, trusted for the scenario's units.
     */
    static Map<String, String> judgement() {
        return Map.of(
                "JIXIAO_TIME_ZONE", Scenario.ZONE.getId(),
                "JIXIAO_REPORTS_SIGNING_KEY", "replay-runs-intake-signing-key-0123456789",
                "JIXIAO_REPORTS_OUTSIDE_UNITS", String.join(",", Scenario.UNITS));
    }

    /** Starts (or starts again, on the same database and group); the log keeps every run. */
    MonitoringJar start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: failsafe runs after package");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    "---- start " + name + " ----\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            int port = FreePorts.pick();
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            // Two services and the brokers share two cores in the test run: the quick JIT and the
                            // single-threaded collector leave the cores to the work being measured.
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            // A consumer killed with SIGKILL never leaves its group; the broker notices after the
                            // session timeout (45 s by default), and only then hands its partitions to the restart.
                            "-Dkafka.session.timeout.ms=6000",
                            "-Dkafka.heartbeat.interval.ms=2000",
                            "-jar",
                            JAR.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            process = builder.start();
            awaitReady(port);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void awaitReady(int port) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Await.until(
                () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited during start-up, see " + log.toAbsolutePath());
                    }
                    try {
                        return http.send(ready, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException notListeningYet) {
                        return false;
                    }
                },
                READY,
                name + " ready (log " + log.toAbsolutePath() + ")");
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook, no offset commit, no relay flush. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
