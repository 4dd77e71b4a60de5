package org.jixiao.gateway.proxy.rules;

/**
 * How a bound on one upstream is split over the gateway's event loops. Each event loop has its own connection pool
 * (see {@code UpstreamProxies}), so a per-upstream setting is cut into equal shares.
 */
public final class LoopShares {

    private LoopShares() {}

    /** One event loop's share of {@code total}, rounded up so that no loop gets nothing. */
    public static int perLoop(int total, int loops) {
        if (loops < 1) {
            throw new IllegalArgumentException("at least one event loop, not " + loops);
        }
        return Math.max(1, (total + loops - 1) / loops);
    }
}
