package org.jixiao.stack;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole system on one machine without Docker: {@code ./jixiao up} (README line 1) ends up here. Prints
 * {@code JIXIAO-READY <gateway url>} once everything answers; Ctrl-C or SIGTERM stops everything.
 *
 * <p>Signals: the main thread does all starting and stopping. The shutdown hook only interrupts it (which aborts a
 * start-up in progress or the final wait) and then waits until it has stopped everything. So there is never a second
 * thread stopping processes while the first is still starting one, and nothing started is left behind.
 */
public final class LocalStackMain {
    public static final String READY_PREFIX = "JIXIAO-READY";
    /** Long enough for the first stop after a build, when every service writes its class-data archive as it exits. */
    private static final long SHUTDOWN_WAIT_SECONDS = 300;

    private final Thread mainThread = Thread.currentThread();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Counted down by the hook; unlike an interrupt it cannot be swallowed by library code that catches one. */
    private final CountDownLatch signal = new CountDownLatch(1);

    private boolean stopping;
    private boolean signalled;

    private LocalStackMain() {}

    public static void main(String[] argv) {
        StackOptions options;
        try {
            if (argv.length > 0 && (argv[0].equals("--help") || argv[0].equals("-h"))) {
                System.out.println(StackOptions.USAGE);
                return;
            }
            options = StackOptions.parse(argv, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StackOptions.USAGE);
            System.exit(2);
            return;
        }
        int exitCode = new LocalStackMain().run(options);
        if (exitCode != 0) {
            // Not when a signal stopped us: System.exit during shutdown hooks would block forever.
            System.exit(exitCode);
        }
    }

    private int run(StackOptions options) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::onSignal, "jixiao-shutdown"));
        LocalStack stack = new LocalStack(options, this::isSignalled);
        int exitCode = 0;
        try {
            System.out.println("starting jixiao (data: " + options.data() + ")");
            stack.start();
            URI gateway = URI.create("http://127.0.0.1:" + options.gatewayPort());
            DemoKeys demoKeys = new DemoKeys(gateway);
            String adminToken = demoKeys.token(stack.keys().adminKey());
            if (adminToken == null) {
                throw new IllegalStateException("the gateway does not accept the admin key");
            }
            if (options.demoData() && !isSignalled()) {
                loadDemoData(gateway, options, adminToken);
            }
            Map<String, String> keys = demoKeys.ensure(options.data().resolve("keys/demo-keys.properties"), adminToken);
            printBanner(gateway, stack, options);
            printKeys(gateway, stack.keys(), keys);
            releaseStartUpHeap();
            signal.await();
        } catch (InterruptedException e) {
            // Ctrl-C / SIGTERM: the normal way out.
        } catch (Exception e) {
            if (!isSignalled()) {
                System.err.println("JIXIAO-FAILED " + e.getMessage());
                System.err.println("logs: " + options.logDir());
                exitCode = 1;
            }
        } finally {
            beginStopping();
            System.out.println("stopping jixiao …");
            stack.stop();
            System.out.println("jixiao stopped");
            stopped.countDown();
        }
        return isSignalled() ? 0 : exitCode;
    }

    /**
     * The seeds go through the public API, so a gateway or import endpoint that is not finished yet only costs the
     * demo data, not the whole stack: reported, not fatal.
     */
    private static void loadDemoData(URI gateway, StackOptions options, String adminToken) throws InterruptedException {
        try {
            System.out.println("Loading demo data from " + options.seeds() + " …");
            int created = new DemoData(Map.of("Authorization", "Bearer " + adminToken)).load(gateway, options.seeds());
            System.out.println("demo data: " + created + " project(s) created");
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            System.out.println("WARNING demo data not loaded: " + e.getMessage());
        }
    }

    /**
     * From here on the launcher only waits for a signal: one full collection gives back to the system the heap that
     * start-up and the demo import grew (the jixiao script starts the launcher with {@code -XX:-ShrinkHeapInSteps} and
     * a small {@code MaxHeapFreeRatio}, so this one collection shrinks it; docs/operations.md, "The local stack").
     */
    private static void releaseStartUpHeap() {
        System.gc();
    }

    /** Runs on SIGINT/SIGTERM (and on System.exit after a failed start, when there is nothing left to do). */
    private void onSignal() {
        synchronized (this) {
            signalled = true;
            if (!stopping) {
                mainThread.interrupt();
            }
        }
        signal.countDown();
        try {
            // The JVM exits as soon as the hooks return; keep it alive until the main thread has stopped everything.
            stopped.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) {
            // the JVM is going down anyway
        }
    }

    private synchronized void beginStopping() {
        stopping = true;
        Thread.interrupted(); // a pending interrupt would cut short the waits while processes stop
    }

    private synchronized boolean isSignalled() {
        return signalled;
    }

    /** Before the banner's ready line, so whoever waits for that line has the keys too. */
    private static void printKeys(URI gateway, StackKeys stackKeys, Map<String, String> demo) {
        System.out.println("  API keys (exchange one for a token, send it as 'Authorization: Bearer …'):");
        System.out.println("    admin         " + stackKeys.adminKey()
                + (stackKeys.adminKeyFromEnvironment() ? "  (from JIXIAO_ADMIN_KEY)" : ""));
        demo.forEach((label, key) -> System.out.printf("    %-13s %s%n", label, key));
        System.out.println(
                "  curl -s -XPOST " + gateway + "/api/auth/token -H 'Content-Type: application/json' -d '{\"apiKey\":\""
                        + demo.get("reader") + "\"}'");
        System.out.println("==================================================================");
        System.out.println(READY_PREFIX + " " + gateway);
        System.out.flush();
    }

    private static void printBanner(URI gateway, LocalStack stack, StackOptions options) {
        String g = gateway.toString();
        System.out.println(String.join(
                "\n",
                "",
                "==================================================================",
                "  jixiao is running",
                "  Gateway          " + g,
                "  Projects         " + g + "/api/projects",
                "  Swagger UI       " + g + "/q/swagger-ui",
                "  Health           " + g + "/q/health",
                "  Kafka bootstrap  " + stack.kafka().bootstrapServers() + "  (SASL/SCRAM; status-events readers: "
                        + options.data().resolve(KafkaClientFiles.DIR).resolve("status-reader.kcat") + ")",
                "  PostgreSQL       " + stack.postgres().jdbcUrl("<project|indicator|monitoring|gateway>")
                        + "  (role jixiao_<database>, password in "
                        + options.data().resolve("keys/postgres.properties") + ")",
                "  Data directory   " + options.data(),
                "  Logs             " + options.logDir(),
                "  Ctrl-C stops everything.",
                "=================================================================="));
        System.out.flush();
    }
}
