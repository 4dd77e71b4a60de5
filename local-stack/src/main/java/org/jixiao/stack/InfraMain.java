package org.jixiao.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * PostgreSQL + Kafka + topics for the test suites, in a JVM of its own (classpath: {@code local-stack/target/classes}
 * plus {@code target/stack.classpath}), so the broker's dependencies never meet the Quarkus BOM's.
 *
 * <pre>java -cp … org.jixiao.stack.InfraMain --data DIR --pg-port N --kafka-port N --controller-port N [--fresh]</pre>
 *
 * Port 0 picks a free port. When everything is up it prints exactly one line {@code JIXIAO-INFRA-READY pg=<port>
 * kafka=<port> keys=<dir>} on stdout; {@code <dir>/kafka.properties} holds the Kafka principals' passwords. It runs
 * until stdin reaches EOF or it gets SIGTERM/SIGINT: the parent test JVM keeps our stdin open, so when that JVM dies,
 * even by SIGKILL, we notice and stop the servers instead of leaving orphans.
 */
public final class InfraMain {
    public static final String READY_PREFIX = "JIXIAO-INFRA-READY";

    private InfraMain() {}

    public static void main(String[] argv) {
        Infrastructure infra;
        try {
            Args args = new Args(
                    argv, Set.of("--fresh"), Set.of("--data", "--pg-port", "--kafka-port", "--controller-port"));
            String data = args.value("--data", null);
            if (data == null) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            infra = Infrastructure.start(
                    Path.of(data),
                    args.port("--pg-port", 0),
                    args.port("--kafka-port", 0),
                    args.port("--controller-port", 0),
                    args.flag("--fresh"));
        } catch (Exception e) {
            System.err.println("JIXIAO-INFRA-FAILED " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        // SIGTERM/SIGINT and the System.exit below both run this hook.
        Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "infra-shutdown"));
        System.out.println(READY_PREFIX + " pg=" + infra.postgres().port() + " kafka="
                + infra.kafka().port() + " keys=" + infra.dataDir().resolve("keys"));
        System.out.flush();
        waitForEof(System.in);
        System.exit(0);
    }

    private static void waitForEof(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone, same as EOF.
        }
    }
}
