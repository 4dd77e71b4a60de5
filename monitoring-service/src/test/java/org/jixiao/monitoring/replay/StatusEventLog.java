package org.jixiao.monitoring.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.KafkaSettings;
import org.jixiao.testinfra.TopicReader;

/** Everything on {@code status-events}, read from offset 0 to the current end without a consumer group. */
final class StatusEventLog {
    /** One record as published; the same event may be on the topic more than once (at-least-once relay). */
    record Published(String key, int partition, long offset, UUID eventId, JsonNode data) {}

    private StatusEventLog() {}

    static List<Published> readAll(Map<String, Object> kafkaClient) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaSettings.with(
                kafkaClient,
                Map.of(
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000,
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class.getName(),
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class.getName())))) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.STATUS_EVENTS, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(Topics.STATUS_EVENTS, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Published> all = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("status-events not read to its end within 2 minutes");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode envelope = TopicReader.json(r);
                    all.add(new Published(
                            r.key(),
                            r.partition(),
                            r.offset(),
                            UUID.fromString(envelope.get("eventId").asText()),
                            envelope.get("data")));
                }
            }
            all.sort(Comparator.comparingInt(Published::partition).thenComparingLong(Published::offset));
            return all;
        }
    }
}
