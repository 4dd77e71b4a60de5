package org.jixiao.testinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL and Kafka for one test JVM: local-stack's {@code InfraMain} in a forked JVM on free ports, in a fresh
 * temporary directory. The child stops when its stdin closes, so even a killed test JVM leaves no broker behind.
 */
final class InfraProcess {
    private static final Pattern READY = Pattern.compile("JIXIAO-INFRA-READY pg=(\\d+) kafka=(\\d+) keys=(.+)$");
    private static final long START_TIMEOUT_SECONDS = 120;

    private final Process process;
    final int postgresPort;
    final int kafkaPort;
    /** The stack's keys directory: the Kafka principals' passwords ({@link KafkaLogins}). */
    final Path keys;

    private InfraProcess(Process process, int postgresPort, int kafkaPort, Path keys) {
        this.process = process;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.keys = keys;
    }

    static InfraProcess start() {
        try {
            Path stackDir = Path.of(System.getProperty("jixiao.stack.dir", "../local-stack"));
            Path classpathFile = stackDir.resolve("target/stack.classpath");
            if (!Files.exists(classpathFile)) {
                throw new IllegalStateException(
                        classpathFile + " is missing: build local-stack first (./mvnw install)");
            }
            String classpath = stackDir.resolve("target/classes")
                    + java.io.File.pathSeparator
                    + Files.readString(classpathFile).strip();
            Path data = Files.createTempDirectory("jixiao-test-infra");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-cp",
                    classpath,
                    "org.jixiao.stack.InfraMain",
                    "--data",
                    data.toString(),
                    "--pg-port",
                    "0",
                    "--kafka-port",
                    "0",
                    "--controller-port",
                    "0"));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            return awaitReady(process);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL and Kafka for the tests", e);
        }
    }

    private static InfraProcess awaitReady(Process process) {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lastLines = new ArrayList<>();
        CompletableFuture<Matcher> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("[infra] " + line);
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        Thread drain = new Thread(() -> drain(out), "infra-log");
                        drain.setDaemon(true);
                        drain.start();
                        return m;
                    }
                    synchronized (lastLines) {
                        lastLines.add(line);
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            Matcher m = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (m == null) {
                throw new IllegalStateException("infrastructure exited before it was ready: " + lastLines);
            }
            return new InfraProcess(
                    process,
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Path.of(m.group(3).strip()));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("PostgreSQL/Kafka did not start: " + e.getMessage(), e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println("[infra] " + line);
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
