package org.jixiao.testinfra;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to a topic the way another service (or an outside system) would, waiting for the ack. */
public final class TopicWriter {
    private TopicWriter() {}

    /** @param client the bootstrap servers and login ({@link PostgresKafkaResource#kafkaClient()}) */
    public static void send(Map<String, Object> client, String topic, String key, String value) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not write to " + topic, e);
        }
    }

    /** An envelope JSON with a new event id around the given data JSON. */
    public static String envelope(String eventType, String dataJson) {
        return envelope(UUID.randomUUID(), eventType, dataJson);
    }

    public static String envelope(UUID eventId, String eventType, String dataJson) {
        return envelope(eventId, eventType, Instant.now(), dataJson);
    }

    /** An envelope published at a given time, as if the event had been published then. */
    public static String envelope(UUID eventId, String eventType, Instant occurredAt, String dataJson) {
        return """
                {"eventId":"%s","eventType":"%s","eventVersion":1,"occurredAt":"%s","source":"test","data":%s}
                """.formatted(eventId, eventType, occurredAt, dataJson);
    }
}
