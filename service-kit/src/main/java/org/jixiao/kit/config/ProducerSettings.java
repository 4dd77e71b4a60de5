package org.jixiao.kit.config;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** Turns {@link KafkaProducerConfig} into the Kafka client's settings, the same for every jixiao producer. */
public final class ProducerSettings {
    private ProducerSettings() {}

    /**
     * The settings every jixiao producer shares: acknowledgement by all in-sync replicas and idempotence, so a retried
     * send never duplicates or reorders within a partition; string keys and values.
     */
    public static Map<String, Object> of(KafkaProducerConfig config, KafkaConnection connection, String clientId) {
        int deliveryTimeoutMs = config.deliveryTimeoutMs();
        Map<String, Object> settings = connection.settings();
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        // Kafka insists on delivery.timeout >= linger + request.timeout.
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryTimeoutMs / 2, 15000));
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Bounds every blocking call (metadata, initTransactions, commitTransaction): how long a caller waits for 503.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeoutMs);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return settings;
    }
}
