package org.jixiao.kit.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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

    private final TypedEnvelopes envelopes;
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
        this.envelopes = new TypedEnvelopes(json);
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

    /** Reads an envelope, insisting on the fields every jixiao event has; its data stays a JSON tree. */
    public EventEnvelope<JsonNode> parse(String value) {
        return envelopes.parseTree(value);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
