package org.jixiao.gateway.proxy.rules;

/**
 * How a bound on one upstream is split over the gateway's event loops. Each event loop has its own connection pool
 * and its own in-flight limit (see {@code UpstreamProxies}), so a per-upstream setting is cut into equal shares, and
 * the in-flight share never exceeds the pool share: a request admitted beyond the pool would only queue for a
 * connection, which is what the limit exists to prevent.
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

    /**
     * One event loop's share of the in-flight limit: of {@code maxInFlight} when set, else of the connections, and
     * never more than the loop's share of the connections.
     */
    public static int inFlightPerLoop(int maxInFlight, int maxConnections, int loops) {
        return Math.min(perLoop(maxInFlight, loops), perLoop(maxConnections, loops));
    }
}
