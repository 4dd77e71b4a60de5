package org.jixiao.e2e;

/**
 * The one running system every end-to-end class of this run uses: starting the stack costs about a minute, so it is
 * started once, by the first class that asks, and stopped by {@link StackShutdownIT} (ordered last), which checks that
 * nothing is left behind. Should a run end early, the JVM's shutdown stops it all the same.
 */
final class SharedSystem {
    private static RunningSystem system;

    private SharedSystem() {}

    static synchronized RunningSystem get() throws Exception {
        if (system == null) {
            system = RunningSystem.start();
            RunningSystem started = system;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "stop-stack"));
        }
        return system;
    }

    /** Hands the system over to be stopped; later callers of {@link #get()} would start a new one. */
    static synchronized RunningSystem release() {
        RunningSystem released = system;
        system = null;
        return released;
    }

    private static void closeQuietly(RunningSystem running) {
        try {
            if (running.handle().isAlive()) {
                running.close();
            }
        } catch (Exception e) {
            System.err.println("stopping the stack at exit: " + e.getMessage());
        }
    }
}
