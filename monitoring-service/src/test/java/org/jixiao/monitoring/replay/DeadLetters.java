package org.jixiao.monitoring.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.KafkaSettings;

/** How many records the consumers of monitoring have dead-lettered (the dedicated broker holds nothing else). */
final class DeadLetters {
    private DeadLetters() {}

    static long count(Map<String, Object> kafkaClient) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(
                kafkaClient,
                Map.of(
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS, Topics.PROGRESS_EVENTS)) {
                String dlq = Topics.deadLetter(topic);
                consumer.partitionsFor(dlq, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(dlq, p.partition())));
            }
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }
}
