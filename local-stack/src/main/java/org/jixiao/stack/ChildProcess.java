package org.jixiao.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the JVMs the stack forks (Kafka broker, Quarkus services). */
final class ChildProcess {
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildProcess() {}

    /**
     * Prefixes {@code setsid} when available. A child in our own process group would receive the terminal's Ctrl-C at
     * the same moment as we do, and Kafka would stop while the services still use it; in its own session it only
     * stops when our shutdown hook tells it to, in the order we choose. setsid execs in place (the forked child is not
     * a group leader), so the pid we see is the JVM's pid.
     */
    static List<String> detached(List<String> command) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        return full;
    }

    /**
     * glibc gives a many-threaded process up to eight malloc arenas per core, each holding on to freed memory of its
     * own; the JVMs' native allocations (JIT, class loading, NIO buffers) need no such concurrency. Two arenas keep that
     * memory from staying resident (docs/operations.md, "The local stack"). A value set outside is kept.
     */
    static void fewMallocArenas(ProcessBuilder builder) {
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    }

    /**
     * {@code -XX:TrimNativeHeapInterval}: every 5 s the JVM hands memory that malloc keeps after it was freed (the JIT
     * compilers' arenas above all) back to the system (docs/operations.md, "The local stack"). The children run on
     * this JVM's java binary; JDK 17.0.9, 21.0.1 and 22 and later have the option, other versions would refuse to
     * start with it and go without.
     */
    static List<String> trimNativeHeap() {
        Runtime.Version v = Runtime.version();
        boolean has =
                v.feature() >= 22 || (v.feature() == 21 && v.update() >= 1) || (v.feature() == 17 && v.update() >= 9);
        return has ? List.of("-XX:TrimNativeHeapInterval=5000") : List.of();
    }

    /** The java binary of this JVM, so children run on the same JDK whatever PATH says. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * SIGTERM (the JVMs run their shutdown hooks: Kafka flushes its logs, Quarkus drains requests), wait, then
     * SIGKILL. Descendants are collected first because they would be reparented (and lost to us) once the parent died.
     */
    static void stop(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        // A pending interrupt (Ctrl-C during start-up) must not cut the grace period short and turn a clean stop
        // into a SIGKILL; it is restored afterwards.
        boolean interrupted = Thread.interrupted();
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println(
                        "process " + process.pid() + " ignored SIGTERM for " + grace.toSeconds() + " s: killing it");
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            interrupted = true;
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the pid so that the next start can clean up after a run that was killed with SIGKILL. */
    static void writePidFile(Path pidFile, Process process) throws IOException {
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    /**
     * Stops a process left over by a previous run that was killed too hard to clean up (SIGKILL, power loss). Only a
     * live JVM whose command line contains {@code marker} is touched: pids get reused.
     */
    static void killLeftover(Path pidFile, String marker) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains(marker))
                    .ifPresent(p -> {
                        System.out.println("stopping leftover process " + pid + " (" + marker + ") of a previous run");
                        p.destroy();
                        try {
                            p.onExit().get(20, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // An unreadable pid file is no reason to refuse to start; the port check reports real conflicts.
        }
    }

    /** The last {@code n} lines of a log, for error messages that should not send people digging. */
    static String tail(Path log, int n) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log at " + log + ")";
        }
    }
}
