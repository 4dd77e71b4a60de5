package org.jixiao.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jixiao.events.EventEnvelope;
import org.junit.jupiter.api.Test;

/**
 * The intake's rules without a database: an inbox in memory whose writes are rolled back with the transaction that
 * made them, as in PostgreSQL, and a recorded pause instead of a real one.
 */
class EventIntakeTest {
    private static final String TOPIC = "project-events";

    private final MemoryInbox inbox = new MemoryInbox();
    private final List<Duration> pauses = new ArrayList<>();
    private final EventIntake intake =
            new EventIntake(new ObjectMapper(), inbox, Duration.ofMillis(500), inbox::inTransaction, pauses::add);
    private final List<EventEnvelope<JsonNode>> handled = new ArrayList<>();

    @Test
    void firstDeliveryRunsTheHandlerOnceWithTheEnvelopeAndRecordsTheId() {
        UUID id = UUID.randomUUID();

        intake.process(TOPIC, envelope(id, "{\"projectId\":7}"), handled::add);

        assertThat(handled).hasSize(1);
        EventEnvelope<JsonNode> envelope = handled.get(0);
        assertThat(envelope.eventId()).isEqualTo(id);
        assertThat(envelope.eventType()).isEqualTo("ProjectCreated");
        assertThat(envelope.eventVersion()).isEqualTo(1);
        assertThat(envelope.data().path("projectId").asLong()).isEqualTo(7);
        assertThat(inbox.committed).containsExactly(id);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID id = UUID.randomUUID();
        intake.process(TOPIC, envelope(id, "{}"), handled::add);

        intake.process(TOPIC, envelope(id, "{}"), handled::add);

        assertThat(handled).hasSize(1);
        assertThat(inbox.committed).hasSize(1);
    }

    @Test
    void aRecordThatIsNoEnvelopeIsPoisonAndTouchesNothing() {
        for (String value : new String[] {
            null,
            "not json",
            "{\"eventType\":\"ProjectCreated\",\"eventVersion\":1,\"data\":{}}",
            "{\"eventId\":\"not-a-uuid\",\"eventType\":\"ProjectCreated\",\"eventVersion\":1,\"data\":{}}",
            "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"ProjectCreated\",\"eventVersion\":1}"
        }) {
            assertThatThrownBy(() -> intake.process(TOPIC, value, handled::add))
                    .as("value %s", value)
                    .isInstanceOf(PoisonMessageException.class);
        }
        assertThat(handled).isEmpty();
        assertThat(inbox.attempts).isZero();
    }

    @Test
    void aHandlerFailingForGoodIsPoisonWithItsReasonAndTheIdIsNotRecorded() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> intake.process(TOPIC, envelope(id, "{}"), e -> {
                    throw new IllegalArgumentException("unit 999999 is unknown");
                }))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessageContaining("unit 999999 is unknown");
        assertThatThrownBy(() -> intake.process(TOPIC, envelope(id, "{}"), e -> {
                    throw new PoisonMessageException("budget is negative");
                }))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessage("budget is negative");
        assertThat(inbox.committed).isEmpty();
        assertThat(pauses).isEmpty();
    }

    @Test
    void anUnavailableDatabaseIsRetriedWithGrowingPausesUntilItIsBackThenTheEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        int[] calls = {0};
        Consumer<EventEnvelope<JsonNode>> flaky = e -> {
            if (++calls[0] <= 3) {
                throw new IllegalStateException(
                        "could not execute statement", new SQLTransientConnectionException("connection refused"));
            }
            handled.add(e);
        };

        intake.process(TOPIC, envelope(id, "{}"), flaky);

        assertThat(calls[0]).isEqualTo(4);
        assertThat(handled).hasSize(1);
        // 200 ms, doubled each time, capped at the configured maximum (500 ms here).
        assertThat(pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500));
        assertThat(inbox.committed).containsExactly(id);
    }

    private static String envelope(UUID id, String data) {
        return """
                {"eventId":"%s","eventType":"ProjectCreated","eventVersion":1,
                 "occurredAt":"2026-03-01T08:00:00Z","source":"project-service","data":%s}
                """.formatted(id, data);
    }

    /** processed_event in memory: ids written inside a transaction count only once it committed. */
    private static final class MemoryInbox extends Inbox {
        final Set<UUID> committed = new HashSet<>();
        private final Set<UUID> inTransaction = new HashSet<>();
        int attempts;

        MemoryInbox() {
            super(null);
        }

        void inTransaction(Runnable work) {
            attempts++;
            inTransaction.clear();
            work.run(); // a throw leaves committed untouched: the rollback
            committed.addAll(inTransaction);
        }

        @Override
        public boolean firstDelivery(UUID eventId, String topic) {
            // processed_event's key is the event id alone, as event ids are unique across topics.
            return !committed.contains(eventId) && inTransaction.add(eventId);
        }
    }
}
