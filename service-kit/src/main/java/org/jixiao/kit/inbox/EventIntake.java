package org.jixiao.kit.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.events.EventEnvelope;

/**
 * Runs one consumed record through a handler exactly once: parse the envelope (a record that is not one is poison),
 * then, in one transaction, record the event id and apply the handler. Poison is rethrown so the channel's
 * dead-letter strategy moves it to {@code <topic>.dlq}; an unavailable database is retried with backoff instead, so an
 * outage pauses consumption and dead-letters nothing. The offset is committed only after this returns.
 */
@ApplicationScoped
public class EventIntake {
    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final ObjectMapper json;
    private final Inbox inbox;
    private final Duration maxBackoff;
    private final Consumer<Runnable> inNewTransaction;
    private final Consumer<Duration> sleeper;

    @Inject
    EventIntake(
            ObjectMapper json,
            Inbox inbox,
            @ConfigProperty(name = "jixiao.consumer.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this(json, inbox, maxBackoff, work -> QuarkusTransaction.requiringNew().run(work), TransientFailures::pause);
    }

    /** With the transaction boundary and the pause between retries given, for tests without a container. */
    EventIntake(
            ObjectMapper json,
            Inbox inbox,
            Duration maxBackoff,
            Consumer<Runnable> inNewTransaction,
            Consumer<Duration> sleeper) {
        this.json = json;
        this.inbox = inbox;
        this.maxBackoff = maxBackoff;
        this.inNewTransaction = inNewTransaction;
        this.sleeper = sleeper;
    }

    public void process(String topic, String value, Consumer<EventEnvelope<JsonNode>> handler) {
        EventEnvelope<JsonNode> envelope = parse(value);
        try {
            TransientFailures.retry(
                    () -> {
                        inNewTransaction.accept(() -> {
                            if (inbox.firstDelivery(envelope.eventId(), topic)) {
                                handler.accept(envelope);
                            }
                        });
                        return null;
                    },
                    maxBackoff,
                    sleeper,
                    backoff -> LOG.warnf(
                            "database unavailable while processing %s from %s, retrying in %s",
                            envelope.eventId(), topic, backoff));
        } catch (RuntimeException e) {
            throw e instanceof PoisonMessageException ? e : new PoisonMessageException(reason(e), e);
        }
    }

    /** Reads an envelope, insisting on the fields every jixiao event has. */
    public EventEnvelope<JsonNode> parse(String value) {
        if (value == null) {
            throw new PoisonMessageException("record has no value");
        }
        try {
            JsonNode node = json.readTree(value);
            UUID id = UUID.fromString(required(node, "eventId").asText());
            String type = required(node, "eventType").asText();
            int version = required(node, "eventVersion").asInt();
            Instant occurredAt = node.hasNonNull("occurredAt")
                    ? Instant.parse(node.get("occurredAt").asText())
                    : null;
            String source = node.path("source").asText(null);
            return new EventEnvelope<>(id, type, version, occurredAt, source, required(node, "data"));
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("value is not JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new PoisonMessageException("malformed envelope: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new PoisonMessageException("envelope has no " + field);
        }
        return value;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
