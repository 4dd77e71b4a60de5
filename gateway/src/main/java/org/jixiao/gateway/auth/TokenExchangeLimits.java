package org.jixiao.gateway.auth;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Limits {@code POST /api/auth/token}, which needs no token and costs a database lookup: per client address (checked
 * before the body is read) and per API key (so one leaked key cannot mint tokens without end). Callers are
 * unauthenticated, so the limiters are held in bounded maps: a flood of new addresses or made-up keys evicts the
 * least recently used ones instead of growing the heap.
 */
@ApplicationScoped
public class TokenExchangeLimits {

    static final int MAX_TRACKED = 10_000;

    private final Bounded byAddress;
    private final Bounded byKey;

    TokenExchangeLimits(RateLimitConfig config) {
        this.byAddress = new Bounded(RateLimits.limit(config.tokenExchangesPerAddress(), config.tokenExchangePeriod()));
        this.byKey = new Bounded(RateLimits.limit(config.tokenExchangesPerKey(), config.tokenExchangePeriod()));
    }

    /** Empty if this address may exchange a key now; otherwise the seconds until it may. */
    public OptionalLong forAddress(String address) {
        return byAddress.retryAfterSeconds(address);
    }

    /** The same for one key; keyed by the secret's hash, so no secret is held in memory. */
    public OptionalLong forKey(String secret) {
        return byKey.retryAfterSeconds(KeySecrets.hash(secret));
    }

    private static final class Bounded {
        private final RateLimiterConfig config;
        private final Map<String, RateLimiter> limiters = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > MAX_TRACKED;
            }
        };

        Bounded(RateLimiterConfig config) {
            this.config = config;
        }

        OptionalLong retryAfterSeconds(String subject) {
            RateLimiter limiter;
            synchronized (limiters) {
                limiter = limiters.computeIfAbsent(subject, s -> RateLimiter.of("token-exchange", config));
            }
            return RateLimits.retryAfterSeconds(limiter);
        }
    }
}
