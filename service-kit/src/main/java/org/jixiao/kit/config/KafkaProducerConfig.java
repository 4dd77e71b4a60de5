package org.jixiao.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code jixiao.kafka.*}: the one place the services' Kafka producers are configured (the outbox relay's and
 * monitoring's progress intake, plain and transactional).
 *
 * <p>The delivery timeout defaults to 10 s. A client of {@code POST /api/progress} waits that long for Kafka's
 * acknowledgement before getting 503, and the gateway gives up on a request after 10 s, so a longer wait would only
 * turn the 503 into the gateway's 504. The outbox relay loses nothing by the shorter timeout: an unacknowledged pass
 * leaves its rows in the outbox and the next poll sends them again.
 */
@ConfigMapping(prefix = "jixiao.kafka")
public interface KafkaProducerConfig {

    /** How long a send may take until Kafka acknowledged it; also bounds every blocking producer call. */
    @WithName("delivery-timeout-ms")
    @WithDefault("10000")
    int deliveryTimeoutMs();
}
