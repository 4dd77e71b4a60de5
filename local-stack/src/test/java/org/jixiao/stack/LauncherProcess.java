package org.jixiao.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LocalStackMain as a child process on free ports, its output collected in a file. */
final class LauncherProcess {
    final Process process;
    final Path out;
    final int gatewayPort;
    final int basePort;
    final int pgPort;
    final int kafkaPort;
    private List<ProcessHandle> seenDescendants = new ArrayList<>();

    private LauncherProcess(Process process, Path out, int gatewayPort, int basePort, int pgPort, int kafkaPort) {
        this.process = process;
        this.out = out;
        this.gatewayPort = gatewayPort;
        this.basePort = basePort;
        this.pgPort = pgPort;
        this.kafkaPort = kafkaPort;
    }

    static LauncherProcess start(Path repo, Path data, Path seeds) throws IOException {
        int gateway = Ports.free();
        int base = FreePorts.pickBlock(3);
        int pg = Ports.free();
        int kafka = Ports.free();
        Path out = data.resolveSibling("launcher-" + System.nanoTime() + ".out");
        Process process = new ProcessBuilder(
                        ChildProcess.javaBinary(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalStackMain.class.getName(),
                        "--repo",
                        repo.toString(),
                        "--data",
                        data.toString(),
                        "--seeds",
                        seeds.toString(),
                        "--gateway-port",
                        Integer.toString(gateway),
                        "--service-ports",
                        Integer.toString(base),
                        "--pg-port",
                        Integer.toString(pg),
                        "--kafka-port",
                        Integer.toString(kafka),
                        "--controller-port",
                        Integer.toString(Ports.free()))
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        return new LauncherProcess(process, out, gateway, base, pg, kafka);
    }

    boolean awaitLine(String line, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            seenDescendants = process.descendants().toList();
            if (output().lines().anyMatch(line::equals)) {
                return true;
            }
            Thread.sleep(200);
        }
        System.out.println(output());
        return false;
    }

    String output() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    int exitCode() {
        return process.exitValue();
    }

    /** SIGTERM, as a terminal's Ctrl-C or `kill` would send, then nothing the launcher started may run. */
    void stopAndAssertNothingLeft() throws Exception {
        List<ProcessHandle> all = new ArrayList<>(seenDescendants);
        all.addAll(process.descendants().toList());
        process.destroy();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        List<ProcessHandle> alive = all.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertTrue(exited, "launcher still running 90 s after SIGTERM");
        assertTrue(alive.isEmpty(), "left running: " + alive + "\n" + output());
        assertTrue(Ports.isFree(gatewayPort) && Ports.isFree(pgPort) && Ports.isFree(kafkaPort), "ports in use");
    }
}
