package org.jixiao.stack;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class and exits when stdin reaches EOF. The parent holds the write end of our stdin pipe and
 * never writes, so EOF means the parent is gone, even when it was killed with SIGKILL and could run no shutdown
 * hook. {@code System.exit} then runs the child's own shutdown hooks (Kafka stops cleanly). Without this, a killed
 * launcher would leave an orphan broker holding its ports and its log directory lock.
 *
 * <p>Usage: {@code java -cp … org.jixiao.stack.ParentWatch <main class> <args…>}
 */
public final class ParentWatch {
    private ParentWatch() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ParentWatch <main class> [args...]");
            System.exit(2);
        }
        Thread watcher = new Thread(ParentWatch::exitOnEof, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    private static void exitOnEof() {
        try (InputStream in = System.in) {
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // Nothing is ever sent; reading only detects the pipe closing.
            }
        } catch (IOException e) {
            // A broken pipe means the same as EOF: the parent is gone.
        }
        System.err.println("stdin closed (parent stopping or gone): shutting down");
        System.exit(0);
    }
}
