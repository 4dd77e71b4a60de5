package org.jixiao.gateway.proxy.rules;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jixiao.web.Problem;

/**
 * Turns a failed upstream exchange into the problem the client gets. Pure so the mapping is unit-tested: a client
 * must be able to tell "retry later" (503) from "too slow" (504) from "broken answer" (502), never a bare 500.
 */
public final class UpstreamFailures {

    /** Seconds a client should wait before retrying an unreachable service. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /**
     * Seconds a client should wait when a service is busy: its requests in flight end within moments, so a short
     * wait is enough, and a longer one would leave it idle.
     */
    public static final String BUSY_RETRY_AFTER_SECONDS = "1";

    private UpstreamFailures() {}

    /** The answers that mean the service is down or overwhelmed (whoever produced them), as opposed to a 4xx/500. */
    public static boolean isOutage(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** The answer while the breaker of an upstream is open: nothing was sent to the service. */
    public static Problem circuitOpen(Upstream upstream, long retryAfterSeconds) {
        return Problem.of(
                503,
                upstream.serviceName() + " failed repeatedly; the gateway sends it no requests for the next "
                        + retryAfterSeconds + " s (circuit breaker open)");
    }

    /**
     * The answer when the gateway already has as many requests in flight to a service as it allows (load shedding):
     * nothing was sent to the service, which is busy rather than failing.
     */
    public static Problem busy(Upstream upstream, int maxInFlight) {
        return Problem.of(
                503,
                upstream.serviceName() + " is busy: the gateway sends it at most " + maxInFlight
                        + " requests at a time; retry after " + BUSY_RETRY_AFTER_SECONDS + " s");
    }

    public static Problem toProblem(Upstream upstream, Throwable failure, Duration requestTimeout) {
        String service = upstream.serviceName();
        if (hasCause(failure, ConnectException.class)
                || hasCause(failure, UnknownHostException.class)
                || hasCause(failure, NoRouteToHostException.class)) {
            // Netty's connect timeout is a ConnectException too: either way nothing listens for us right now.
            return Problem.of(503, service + " is not reachable");
        }
        if (hasCause(failure, TimeoutException.class)) {
            return Problem.of(504, service + " did not answer within " + requestTimeout.toMillis() + " ms");
        }
        return Problem.of(502, service + " did not send a complete answer");
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        // Bounded walk: cause chains can in theory be cyclic.
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
