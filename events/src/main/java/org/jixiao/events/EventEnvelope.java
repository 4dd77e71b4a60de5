package org.jixiao.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON value of every record on a jixiao topic. {@code eventId}, {@code eventType} and {@code eventVersion} are
 * also sent as Kafka headers (see {@link EventHeaders}) so consumers can route or skip without parsing the body.
 *
 * @param data the event payload; one of the records in this package, or a JSON tree when read generically
 */
public record EventEnvelope<T>(
        UUID eventId, String eventType, int eventVersion, Instant occurredAt, String source, T data) {

    public static <T> EventEnvelope<T> of(String eventType, int eventVersion, String source, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, eventVersion, Instant.now(), source, data);
    }
}
