package org.jixiao.monitoring.replay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.EventHeaders;
import org.jixiao.testinfra.KafkaSettings;

/** Writes many events to the real topics with one idempotent producer, in order per key, waiting for every ack. */
final class EventFeed {
    private EventFeed() {}

    static void write(Map<String, Object> kafkaClient, List<Scenario.Event> events) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaSettings.with(
                kafkaClient,
                Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class.getName())))) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
            for (Scenario.Event event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.value());
                record.headers()
                        .add(EventHeaders.EVENT_ID, event.id().toString().getBytes(StandardCharsets.UTF_8))
                        .add(EventHeaders.EVENT_TYPE, event.type().getBytes(StandardCharsets.UTF_8))
                        .add(EventHeaders.EVENT_VERSION, "1".getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("could not write the scenario's events", e);
        }
    }
}
