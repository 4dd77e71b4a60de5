package org.jixiao.gateway.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.jixiao.events.KafkaLogin;

/**
 * Creates the gateway's consumers of {@code status-events}. They have no group id: partitions are assigned by the
 * gateway itself and nothing is ever committed, so every gateway instance sees every event and a restart leaves no
 * state behind in Kafka. The position lives in the clients' Last-Event-IDs instead.
 */
@ApplicationScoped
public class StatusTopicConsumers {

    private final Config config;

    StatusTopicConsumers(Config config) {
        this.config = config;
    }

    /** The login is read here, not at start: a gateway with the stream switched off needs no Kafka login at all. */
    public KafkaConsumer<String, String> create(String purpose) {
        Map<String, Object> settings =
                new HashMap<>(KafkaLogin.configured(name -> config.getOptionalValue(name, String.class)));
        settings.putAll(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG,
                "jixiao-gateway-" + purpose + "-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                // Only reached when a position vanished (topic recreated): everything there is then new.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                // Only committed records: a transactional producer's aborted writes never reach a dashboard.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName()));
        return new KafkaConsumer<>(settings);
    }
}
