package org.jixiao.testinfra;

/**
 * The fastest of a few runs of a request, in milliseconds: for tests that a refusal costs no more than an ordinary
 * one. Compared side by side with a baseline measured the same way, so a busy machine slows both alike.
 */
public final class Fastest {
    /**
     * How much slower than the baseline a refusal may be. Handled naively, the hostile inputs these tests send cost
     * seconds (e.g. expanding a number of 20,000,000 digits); on two cores shared with other builds a refusal's
     * fastest of three once took 127 ms more than the baseline's.
     */
    public static final long MARGIN_MILLIS = 500;

    private Fastest() {}

    public static long millisOf(int times, Runnable request) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            request.run();
            fastest = Math.min(fastest, (System.nanoTime() - started) / 1_000_000);
        }
        return fastest;
    }
}
