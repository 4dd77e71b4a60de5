package org.jixiao.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers. Everything binds to 127.0.0.1 only: the local stack is never reachable from the network. */
public final class Ports {
    private Ports() {}

    /** Returns {@code port} unchanged, or a currently free port when it is 0 (the caller asked us to pick). */
    public static int resolve(int port) {
        return port != 0 ? port : free();
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
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

    /** Fails early with a message naming the port, instead of a child process dying later with a bind error. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + what
                    + " is already in use on 127.0.0.1 (another jixiao stack still running? choose other ports)");
        }
    }
}
