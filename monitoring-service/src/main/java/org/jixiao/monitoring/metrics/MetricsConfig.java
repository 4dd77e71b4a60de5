package org.jixiao.monitoring.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the service's own gauges are sampled. Lag, pending refreshes and stored reports are read periodically (Kafka
 * offsets, two counts in PostgreSQL) rather than at each scrape, so a scrape never waits on Kafka or the database.
 */
@ConfigMapping(prefix = "jixiao.metrics")
public interface MetricsConfig {

    /** How often the sampled figures are refreshed (also read by the samplers' schedules). */
    @WithDefault("15s")
    Duration sampleEvery();

    /** Longest wait for Kafka's offsets in one sample; a slower sample shows the lag as unknown (NaN). */
    @WithDefault("5s")
    Duration kafkaTimeout();
}
