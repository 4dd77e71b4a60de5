package org.jixiao.stack;

/** Port helpers. Everything binds to 127.0.0.1 only: the local stack is never reachable from the network. */
public final class Ports {
    private Ports() {}

    /** Returns {@code port} unchanged, or a currently free port when it is 0 (the caller asked us to pick). */
    public static int resolve(int port) {
        return port != 0 ? port : free();
    }

    public static int free() {
        return FreePorts.pick();
    }

    public static boolean isFree(int port) {
        return FreePorts.isFree(port);
    }

    /** Fails early with a message naming the port, instead of a child process dying later with a bind error. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + what
                    + " is already in use on 127.0.0.1 (another jixiao stack still running? choose other ports)");
        }
    }
}
