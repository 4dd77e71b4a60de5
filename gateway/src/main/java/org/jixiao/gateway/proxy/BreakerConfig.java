package org.jixiao.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The circuit breaker in front of each upstream. Only outages count as failures (no connection, no answer in time,
 * 502/503/504 from the service), never a 4xx: a client's bad request says nothing about the service's health.
 */
@ConfigMapping(prefix = "jixiao.circuit-breaker")
public interface BreakerConfig {

    /** Percentage of failed calls in the window at which the breaker opens. */
    @WithDefault("50")
    float failureRateThreshold();

    /** How many of the latest calls to one upstream the failure rate is computed over. */
    @WithDefault("20")
    int windowSize();

    /** Calls needed in the window before the rate is judged at all, so two early failures do not open it. */
    @WithDefault("10")
    int minimumCalls();

    /** How long an open breaker answers 503 itself before letting probe calls through (half-open). */
    @WithDefault("10s")
    Duration waitInOpen();

    /** Calls answered (headers) later than this count as slow. */
    @WithDefault("5s")
    Duration slowCallDuration();

    /** Percentage of slow calls in the window at which the breaker opens, as for failures. */
    @WithDefault("80")
    float slowCallRateThreshold();

    /** Probe calls let through while half-open; if enough of them succeed the breaker closes again. */
    @WithDefault("3")
    int halfOpenCalls();
}
