package org.jixiao.gateway.auth;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/** One limiter per key and request kind; a request over the limit is refused, never queued. */
@ApplicationScoped
public class RateLimits {
    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
    private final Map<RequestKind, RateLimiterConfig> configs = new EnumMap<>(RequestKind.class);

    RateLimits(RateLimitConfig config) {
        configs.put(RequestKind.READ, limit(config.reads(), config.period()));
        configs.put(RequestKind.WRITE, limit(config.writes(), config.period()));
        configs.put(RequestKind.STREAM, limit(config.streams(), config.period()));
    }

    /** Empty if the request may go ahead; otherwise the seconds until the key may try again. */
    public OptionalLong retryAfterSeconds(String keyId, RequestKind kind) {
        return retryAfterSeconds(registry.rateLimiter(keyId + "/" + kind, configs.get(kind)));
    }

    /** Takes a permit if there is one; otherwise the whole seconds until the next. */
    static OptionalLong retryAfterSeconds(RateLimiter limiter) {
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return OptionalLong.of(Math.max(1, (long) Math.ceil(nanos / 1e9)));
    }

    static RateLimiterConfig limit(int permits, Duration period) {
        return RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
