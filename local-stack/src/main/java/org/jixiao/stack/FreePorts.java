package org.jixiao.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on 127.0.0.1 for servers that bind them a moment later, often in another process (the local stack,
 * the test suites). {@code new ServerSocket(0)} answers a port of the kernel's ephemeral range, which any process's
 * next outgoing connection may be given as its local port before the server binds it; the server then fails to start.
 * Where the range is known (Linux), ports are therefore picked below it, where no connection is ever placed.
 */
public final class FreePorts {
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {}

    /** A port nothing listens on now, below the ephemeral range where that is known. */
    public static int pick() {
        return pickBlock(1);
    }

    /** The first of {@code size} consecutive ports nothing listens on now (for services numbered from a base). */
    public static int pickBlock(int size) {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int first =
                    below > LOWEST + size ? ThreadLocalRandom.current().nextInt(LOWEST, below - size + 1) : anyFree();
            if (first + size <= 65_536 && allFree(first, size)) {
                return first;
            }
        }
        throw new IllegalStateException("no " + size + " consecutive free ports on 127.0.0.1");
    }

    /** True when nothing listens on 127.0.0.1:port, checked by binding it (a connect probe could hit a firewall). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean allFree(int first, int size) {
        for (int port = first; port < first + size; port++) {
            if (!isFree(port)) {
                return false;
            }
        }
        return true;
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** The first ephemeral port, or 0 when the system does not tell. */
    private static int ephemeralRangeStart() {
        try {
            // Line by line: /proc reports a size of 0, and Files.readString trusts it and reads a single byte.
            return Integer.parseInt(
                    Files.readAllLines(EPHEMERAL_RANGE).get(0).strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
