package org.jixiao.gateway.proxy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.jixiao.gateway.proxy.rules.UpstreamFailures;

/**
 * One circuit breaker per upstream. The breaker judges the status the client would get (the gateway's own
 * 502/503/504 for a refused connection or a timeout, or the service's), so one rule covers both kinds of outage.
 */
@ApplicationScoped
public class UpstreamBreakers {

    private static final Logger LOG = Logger.getLogger(UpstreamBreakers.class);

    private final Map<Upstream, CircuitBreaker> breakers = new EnumMap<>(Upstream.class);
    // System.nanoTime() at which each open breaker lets its first probe through; what Retry-After counts down to.
    private final Map<Upstream, AtomicLong> halfOpenAt = new EnumMap<>(Upstream.class);
    private final Duration waitInOpen;

    UpstreamBreakers(BreakerConfig config) {
        this.waitInOpen = config.waitInOpen();
        CircuitBreakerConfig settings = CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(config.windowSize())
                .minimumNumberOfCalls(config.minimumCalls())
                .failureRateThreshold(config.failureRateThreshold())
                .slowCallDurationThreshold(config.slowCallDuration())
                .slowCallRateThreshold(config.slowCallRateThreshold())
                .waitDurationInOpenState(config.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(config.halfOpenCalls())
                .recordResult(status -> status instanceof Integer code && UpstreamFailures.isOutage(code))
                .build();
        for (Upstream upstream : Upstream.values()) {
            CircuitBreaker breaker = CircuitBreaker.of(upstream.serviceName(), settings);
            AtomicLong probeAt = new AtomicLong(System.nanoTime());
            breaker.getEventPublisher().onStateTransition(event -> {
                CircuitBreaker.State to = event.getStateTransition().getToState();
                if (to == CircuitBreaker.State.OPEN) {
                    probeAt.set(System.nanoTime() + waitInOpen.toNanos());
                    LOG.warnf(
                            "circuit breaker of %s opened: its requests are answered 503 for %d s",
                            upstream.serviceName(), waitInOpen.toSeconds());
                } else {
                    LOG.infof("circuit breaker of %s is now %s", upstream.serviceName(), to);
                }
            });
            breakers.put(upstream, breaker);
            halfOpenAt.put(upstream, probeAt);
        }
    }

    public CircuitBreaker breaker(Upstream upstream) {
        return breakers.get(upstream);
    }

    public CircuitBreaker.State state(Upstream upstream) {
        return breakers.get(upstream).getState();
    }

    /**
     * Whole seconds a refused client should wait: until the open breaker lets probes through, or 1 s when the
     * probes of a half-open breaker are already under way.
     */
    public long retryAfterSeconds(Upstream upstream) {
        if (state(upstream) != CircuitBreaker.State.OPEN) {
            return 1;
        }
        long remainingNanos = halfOpenAt.get(upstream).get() - System.nanoTime();
        long seconds = (remainingNanos + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, seconds);
    }
}
