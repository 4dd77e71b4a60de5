package org.jixiao.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jixiao.events.EventEnvelope;

/**
 * Appends events to the outbox inside the caller's transaction, so a state change and the event announcing it
 * commit together or not at all. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {
    // Rows get their id from the column's sequence in statement order, which is the relay's publishing order.
    private static final String INSERT = "INSERT INTO outbox_event"
            + " (event_id, topic, message_key, event_type, event_version, payload, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<OutboxWritten> written;
    private final String source;

    Outbox(
            EntityManager em,
            ObjectMapper json,
            Event<OutboxWritten> written,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.em = em;
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

    /**
     * Records many events in the order given, as one JDBC batch instead of a round trip each (an import announces
     * thousands of indicators in one transaction). Returns their envelopes in the same order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope<?>> appendAll(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope<?>> envelopes = new ArrayList<>(entries.size());
        List<String> payloads = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            EventEnvelope<Object> envelope = new EventEnvelope<>(
                    UUID.randomUUID(), entry.eventType(), entry.version(), Instant.now(), source, entry.data());
            envelopes.add(envelope);
            payloads.add(serialize(envelope));
        }
        em.unwrap(Session.class).doWork(connection -> insert(connection, entries, envelopes, payloads));
        written.fire(new OutboxWritten());
        return envelopes;
    }

    private static void insert(
            Connection connection, List<OutboxEntry> entries, List<EventEnvelope<?>> envelopes, List<String> payloads)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < entries.size(); i++) {
                OutboxEntry entry = entries.get(i);
                EventEnvelope<?> envelope = envelopes.get(i);
                insert.setObject(1, envelope.eventId());
                insert.setString(2, entry.topic());
                insert.setString(3, entry.key());
                insert.setString(4, entry.eventType());
                insert.setInt(5, entry.version());
                insert.setString(6, payloads.get(i));
                insert.setObject(7, OffsetDateTime.ofInstant(envelope.occurredAt(), ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
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
