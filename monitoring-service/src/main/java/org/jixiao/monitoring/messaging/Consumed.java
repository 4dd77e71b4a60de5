package org.jixiao.monitoring.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventEnvelope;

/**
 * One record of a consumed batch with its envelope, read before the batch's transaction starts; the data is the record
 * its event type names in {@link BatchHandler#dataTypes}, or null for a type the handler does not read.
 */
public record Consumed(ConsumerRecord<String, String> record, EventEnvelope<Object> event) {

    /**
     * The day the event was published, in the budget's time zone: taken from the event itself, so a replay reads the
     * same day as the first reading did. Null for an envelope without {@code occurredAt}.
     */
    LocalDate publishedOn(ZoneId zone) {
        Instant occurredAt = event.occurredAt();
        return occurredAt == null ? null : LocalDate.ofInstant(occurredAt, zone);
    }
}
