package org.jixiao.stack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** One Quarkus service ({@code target/quarkus-app/quarkus-run.jar}, the fast-jar layout) as a child process. */
public final class ServiceProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /**
     * Stopping and writing the class-data archive took monitoring-service more than 15 s on the loaded two cores, and
     * indicator-service more than 60 s at a load average of 12 (the archive was lost to the SIGKILL).
     */
    private static final Duration STOP_GRACE_WRITING_ARCHIVE = Duration.ofSeconds(120);

    private static final int LOG_LINES_ON_FAILURE = 40;

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final ClassDataArchive classData;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ServiceProcess(String name, int port, Process process, Path log, ClassDataArchive classData) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.classData = classData;
    }

    /**
     * Starts {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar}. {@code environment} is added to ours: Quarkus
     * maps {@code QUARKUS_HTTP_PORT} etc. onto its configuration, so the services need no stack-specific profile.
     */
    public static ServiceProcess start(
            String module, Path repo, int port, Map<String, String> environment, Path dataDir) throws IOException {
        return start(module, module, repo, port, environment, dataDir);
    }

    /**
     * Starts a second instance of a module's jar (e.g. a rebuild of monitoring-service next to the live one): log
     * {@code logs/<instance>.log} and pid file {@code run/<instance>.pid} are its own, so starting it never stops the
     * live instance as a "leftover".
     */
    public static ServiceProcess start(
            String module, String instance, Path repo, int port, Map<String, String> environment, Path dataDir)
            throws IOException {
        Path jar = requireBuilt(repo, module);
        Path log = dataDir.resolve("logs").resolve(instance + ".log");
        Path pidFile = dataDir.resolve("run").resolve(instance + ".pid");
        Files.createDirectories(log.getParent());
        // The command line names the instance, so only a leftover of this very instance is ever stopped (the live
        // service runs the same jar). Services started before the instance name existed are recognised by the jar.
        String instanceArg = "-Djixiao.instance=" + instance;
        ChildProcess.killLeftover(pidFile, instance.equals(module) ? jar.toString() : instanceArg);
        Ports.requireFree(port, instance);
        Files.writeString(
                log,
                "---- starting " + instance + " on port " + port + " ----\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        // Only a start that did not build first (JIXIAO_SKIP_BUILD=1) writes an archive: every build rewrites the jar,
        // which makes the archive useless to the next `./jixiao up` that builds, so writing it would only slow the
        // stop.
        boolean writesArchive = instance.equals(module) && "1".equals(System.getenv("JIXIAO_SKIP_BUILD"));
        ClassDataArchive classData = ClassDataArchive.forService(dataDir, module, jar, writesArchive);
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaBinary()));
        command.addAll(heap(module));
        command.addAll(ChildProcess.trimNativeHeap());
        command.addAll(classData.options());
        command.addAll(List.of(instanceArg, "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(ChildProcess.detached(command))
                // The module directory, as when a developer runs the jar by hand; Quarkus reads .env and config/ here.
                .directory(repo.resolve(module).toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .redirectInput(Redirect.PIPE);
        builder.environment().putAll(environment);
        ChildProcess.fewMallocArenas(builder);
        Process process = builder.start();
        ChildProcess.writePidFile(pidFile, process);
        return new ServiceProcess(instance, port, process, log, classData);
    }

    /**
     * The serial collector: on two cores with a small heap it costs less memory (no G1 remembered sets) and the heap is
     * only committed as it fills (docs/operations.md, "The local stack"). The heap starts at 32 MB: about 22 MB stay
     * live, and a heap started at 256 MB would have had every allocation sweep through a young generation of 85 MB.
     * monitoring-service holds a polled batch of thousands of events while it works on it: with the default young
     * generation (a third of the heap) that batch outgrew the survivor spaces, was promoted and collected again in
     * full collections, which took a third of an ingest run. Its survivor spaces (32 MB each) hold a batch's live part
     * several times over; its eden (64 MB) is swept by every allocation and so stays resident: a 128 MB eden ingested
     * no faster and cost 64 MB more. Its old generation starts at 32 MB like the others' heaps rather than at the JVM's
     * default (a 64th of the machine's memory, capped by -Xmx: 190 MB here), which the serial collector would fill
     * upward over a long run before collecting it, although 25–35 MB of it are live after a load.
     */
    static List<String> heap(String module) {
        return "monitoring-service".equals(module)
                ? List.of("-Xms160m", "-Xmx384m", "-Xmn128m", "-XX:SurvivorRatio=2", "-XX:+UseSerialGC")
                : List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC");
    }

    /** The service's runnable jar; fails with the command that builds it when it is missing. */
    static Path requireBuilt(Path repo, String module) throws IOException {
        Path jar = repo.resolve(module)
                .resolve("target/quarkus-app/quarkus-run.jar")
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IOException(module + " is not built: " + jar + " is missing (run ./mvnw install -DskipTests)");
        }
        return jar;
    }

    /**
     * Polls {@code /q/health/ready} until it answers 200: Quarkus only says ready once its datasource and Kafka
     * checks pass, which is the moment requests through the gateway can succeed.
     */
    public void awaitReady(Duration timeout) throws IOException {
        URI ready = URI.create(baseUrl() + "/q/health/ready");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(ready)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + " during start-up; last "
                        + LOG_LINES_ON_FAILURE + " lines of " + log + ":\n"
                        + ChildProcess.tail(log, LOG_LINES_ON_FAILURE));
            }
            try {
                lastStatus = http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Connection refused until Quarkus opened its HTTP port.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            }
        }
        throw new IOException(name + " not ready after " + timeout.toSeconds() + " s (last " + ready + " status: "
                + lastStatus + "); last " + LOG_LINES_ON_FAILURE + " lines of " + log + ":\n"
                + ChildProcess.tail(log, LOG_LINES_ON_FAILURE));
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Asks the service to stop (SIGTERM) without waiting: {@link #close()} then waits for it. */
    void beginStopping() {
        if (!closed.get()) {
            process.destroy();
        }
    }

    /** SIGTERM lets Quarkus finish in-flight requests and close its Kafka producers; SIGKILL after 15 s. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            ChildProcess.stop(process, classData.writes() ? STOP_GRACE_WRITING_ARCHIVE : STOP_GRACE);
            if (!process.isAlive()) {
                classData.afterExit(process.exitValue());
            }
        }
    }
}
