package org.jixiao.stack;

import static org.jixiao.stack.KafkaPrincipals.ADMIN;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A single Kafka 4 node in KRaft combined mode (broker + controller), as docs/operations.md describes. It runs in a forked
 * JVM: the broker then has its own heap and its own log4j, and can be killed without taking the launcher with it.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final int port;
    private final Path log;
    private final KafkaPrincipals principals;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(Process process, int port, Path log, KafkaPrincipals principals) {
        this.process = process;
        this.principals = principals;
        this.port = port;
        this.log = log;
    }

    /** Starts with this JVM's classpath, which must hold kafka_2.13, kafka-tools and a log4j2 binding. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path log, KafkaPrincipals principals)
            throws IOException {
        return start(dataDir, port, controllerPort, log, principals, absolute(System.getProperty("java.class.path")));
    }

    /**
     * Only starts the broker's JVM, so that the caller can do other work while it boots; {@link #awaitReady()} then
     * waits for it (and stops it if it does not come up).
     */
    static KafkaBroker launch(Path dataDir, int port, int controllerPort, Path log, KafkaPrincipals principals)
            throws IOException {
        return launch(dataDir, port, controllerPort, log, principals, absolute(System.getProperty("java.class.path")));
    }

    /** Relative entries (the launcher script uses {@code local-stack/target/classes}) would break in another cwd. */
    static String absolute(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static KafkaBroker start(
            Path dataDir, int port, int controllerPort, Path log, KafkaPrincipals principals, String classpath)
            throws IOException {
        KafkaBroker broker = launch(dataDir, port, controllerPort, log, principals, classpath);
        broker.awaitReady();
        return broker;
    }

    private static KafkaBroker launch(
            Path dataDir, int port, int controllerPort, Path log, KafkaPrincipals principals, String classpath)
            throws IOException {
        int brokerPort = Ports.resolve(port);
        int quorumPort = controllerPort != 0 ? controllerPort : freeOtherThan(brokerPort);
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        Path pidFile = dataDir.resolve("broker.pid");
        ChildProcess.killLeftover(pidFile, "kafka.Kafka");
        Ports.requireFree(brokerPort, "Kafka");
        Ports.requireFree(quorumPort, "the Kafka controller");

        Path config = dataDir.resolve("server.properties");
        Path logDir = dataDir.resolve("log");
        SecretFiles.write(
                config, KafkaStorage.serverProperties(brokerPort, quorumPort, logDir, principals.password(ADMIN)));
        KafkaStorage.formatOnce(config, logDir, principals);

        List<String> jvm = new ArrayList<>(List.of(
                ChildProcess.javaBinary(),
                // The serial collector with a heap that starts small and grows as far as the broker's own data
                // needs (about 60 MB live after 10,000 reports): G1's own structures alone took 43 MB next to a 130 MB
                // heap. A 256 MB serial heap once paused too long for idempotent producers, when the log cleaner's
                // 128 MB dedupe buffer filled half of it; that buffer is now 16 MB (KafkaStorage,
                // docs/operations.md "The local stack").
                "-Xms32m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true"));
        jvm.addAll(ChildProcess.trimNativeHeap());
        jvm.addAll(List.of("-cp", classpath, ParentWatch.class.getName(), "kafka.Kafka", config.toString()));
        ProcessBuilder builder = new ProcessBuilder(ChildProcess.detached(jvm))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                // stdin stays an open pipe that we never write to: ParentWatch exits the broker when it closes.
                .redirectInput(Redirect.PIPE);
        ChildProcess.fewMallocArenas(builder);
        Process process = builder.start();
        ChildProcess.writePidFile(pidFile, process);
        return new KafkaBroker(process, brokerPort, log, principals);
    }

    /**
     * Ready means an Admin client got the cluster's node list: the broker is registered and serving. A broker that does
     * not get there is stopped.
     */
    void awaitReady() throws IOException {
        try {
            pollUntilReady();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void pollUntilReady() throws IOException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("Kafka exited with " + process.exitValue()
                            + " during start-up; last lines of " + log + ":\n" + ChildProcess.tail(log, 40));
                }
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(2, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for Kafka", e);
                } catch (Exception notYet) {
                    // The broker is still starting: connection refused or no controller elected yet.
                }
                sleep(200);
            }
        }
        throw new IOException("Kafka not ready after " + READY_TIMEOUT.toSeconds() + " s; last lines of " + log + ":\n"
                + ChildProcess.tail(log, 40));
    }

    /** An admin client logged in as the super user. */
    public Admin admin() {
        Map<String, Object> settings = new HashMap<>(principals.login(ADMIN));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(settings);
    }

    public KafkaPrincipals principals() {
        return principals;
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** SIGTERM runs Kafka's own shutdown (controlled, flushes the log), then SIGKILL if it hangs. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ChildProcess.stop(process, STOP_GRACE);
        }
    }

    private static int freeOtherThan(int port) {
        int candidate = Ports.free();
        return candidate != port ? candidate : Ports.free();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
