package org.jixiao.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Requests allowed per key and period, by kind. Reads and stream connections are generous (dashboards poll and
 * reconnect), writes tighter: a runaway script should not flood the event log.
 */
@ConfigMapping(prefix = "jixiao.rate-limit")
public interface RateLimitConfig {

    @WithDefault("10s")
    Duration period();

    @WithDefault("500")
    int reads();

    @WithDefault("100")
    int writes();

    @WithDefault("100")
    int streams();
}
