package org.jixiao.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Tight rate limits, and the merged OpenAPI document kept as in production, for the tests that check them
 * ({@code RateLimitIT}, {@code CachedOpenApiIT}): one profile, so that the gateway starts once for both.
 */
public class TightLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "jixiao.rate-limit.writes", "3",
                "jixiao.rate-limit.period", "1h",
                "jixiao.rate-limit.token-exchanges-per-key", "2",
                "jixiao.rate-limit.token-exchanges-per-address", "5",
                "jixiao.rate-limit.token-exchange-period", "1h",
                "jixiao.openapi.cache-ttl", "1h");
    }
}
