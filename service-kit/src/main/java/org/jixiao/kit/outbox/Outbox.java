package org.jixiao.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.contracts.events.EventEnvelope;

/**
 * Appends events to the outbox inside the caller's transaction, so a state change and the event announcing it
 * commit together or not at all. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final Event<OutboxWritten> written;
    private final String source;

    Outbox(
            ObjectMapper json,
            Event<OutboxWritten> written,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.json = json;
        this.written = written;
        this.source = source;
    }

    /** Records the event; returns its envelope (whose event id identifies it everywhere). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope<T> append(String topic, String key, String eventType, int version, T data) {
        EventEnvelope<T> envelope =
                new EventEnvelope<>(UUID.randomUUID(), eventType, version, Instant.now(), source, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.messageKey = key;
        row.eventType = eventType;
        row.eventVersion = version;
        row.payload = serialize(envelope);
        row.createdAt = envelope.occurredAt();
        row.persist();
        written.fire(new OutboxWritten());
        return envelope;
    }

    private String serialize(EventEnvelope<?> envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + envelope.eventType() + " cannot be written as JSON", e);
        }
    }

    /** Fired inside the writing transaction; the relay reacts once it has committed. */
    public record OutboxWritten() {}
}
