package org.jixiao.monitoring.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs local-stack's {@code RebuildMonitoring} (what {@code ./jixiao rebuild} runs) against the dedicated PostgreSQL
 * and Kafka, as a user would: a separate JVM, its output and exit code.
 */
final class RebuildLauncher {
    private static final Pattern SCHEMA = Pattern.compile("REBUILD-SCHEMA (\\S+)");

    record Outcome(int exitCode, String output) {
        String schema() {
            Matcher m = SCHEMA.matcher(output);
            if (!m.find()) {
                throw new AssertionError("no REBUILD-SCHEMA line in:\n" + output);
            }
            return m.group(1);
        }
    }

    private RebuildLauncher() {}

    static Outcome run(ReplayRuns live, String database, String... options) {
        Path stack = Path.of(System.getProperty("jixiao.stack.dir", "../local-stack"))
                .toAbsolutePath()
                .normalize();
        try {
            String classpath = stack.resolve("target/classes")
                    + java.io.File.pathSeparator
                    + Files.readString(stack.resolve("target/stack.classpath")).strip();
            Path data = Path.of("target", "replay", "rebuild").toAbsolutePath();
            // The rebuild logs in to Kafka as a stack's does: with the passwords kept in <data>/keys.
            Files.createDirectories(data.resolve("keys"));
            Files.copy(
                    live.infra.keys().resolve("kafka.properties"),
                    data.resolve("keys").resolve("kafka.properties"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    classpath,
                    "org.jixiao.stack.RebuildMonitoring",
                    "--repo",
                    stack.getParent().toString(),
                    "--data",
                    data.toString(),
                    "--pg-port",
                    Integer.toString(live.infra.postgresPort()),
                    "--kafka-port",
                    Integer.toString(live.infra.kafkaPort()),
                    "--database",
                    database,
                    "--timeout",
                    "900"));
            command.addAll(List.of(options));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // The launcher passes its environment on to the rebuild jar: the JVM tuning, and the calendar and the
            // trust in outside reports of the live runs (MonitoringJar), so that it judges as they did.
            builder.environment().put("JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
            builder.environment().putAll(MonitoringJar.judgement());
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the rebuild launcher did not exit:\n" + output);
            }
            System.out.println("[rebuild] " + output.replace("\n", "\n[rebuild] "));
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
