package org.jixiao.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;

/**
 * Moves a poison record to {@code <topic>.dlq}: same key, value and headers, plus the reason and where it came from.
 * A batch consumer nacks no single record, so it dead-letters here itself, and waits for Kafka's acknowledgement
 * before its batch is acknowledged: a poison record is never lost between the two topics. In a rebuild
 * ({@code jixiao.consumer.dead-letters=false}) the live service has dead-lettered it already; it is only logged.
 */
@ApplicationScoped
public class DeadLetterWriter {
    private static final Logger LOG = Logger.getLogger(DeadLetterWriter.class);

    private final Producer<String, String> producer;
    private final boolean enabled;

    DeadLetterWriter(
            Producer<String, String> producer,
            @ConfigProperty(name = "jixiao.consumer.dead-letters", defaultValue = "true") boolean enabled) {
        this.producer = producer;
        this.enabled = enabled;
    }

    public void send(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf(
                "poison record %s-%d@%d%s: %s",
                record.topic(), record.partition(), record.offset(), enabled ? " dead-lettered" : " skipped", reason);
        if (!enabled) {
            return;
        }
        ProducerRecord<String, String> dead =
                new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(), record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        header(dead, EventHeaders.DEAD_LETTER_REASON, reason);
        header(dead, "dead-letter-topic", record.topic());
        header(dead, "dead-letter-partition", Integer.toString(record.partition()));
        header(dead, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer.send(dead).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            // The batch is then not acknowledged: it is consumed again and the record dead-lettered then.
            throw new IllegalStateException("cannot dead-letter " + record.topic() + "@" + record.offset(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
