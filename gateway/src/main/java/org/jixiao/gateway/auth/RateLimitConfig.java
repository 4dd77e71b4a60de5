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

    /** The period of the token exchange's limits, which apply before any key is known. */
    @WithDefault("1m")
    Duration tokenExchangePeriod();

    /** Token exchanges per client address and period (several users behind one NAT share it). */
    @WithDefault("30")
    int tokenExchangesPerAddress();

    /** Token exchanges per API key and period; a client needs one per token lifetime (15 min). */
    @WithDefault("10")
    int tokenExchangesPerKey();
}
