package org.jixiao.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jixiao.events.EventEnvelope;
import org.junit.jupiter.api.Test;

class TypedEnvelopesTest {
    record Reported(long indicatorId, LocalDate asOf, String value) {}

    record Assessed(long indicatorId, String reason) {}

    private static final Map<String, Class<?>> TYPES = Map.of("Reported", Reported.class, "Assessed", Assessed.class);

    /** Configured as Quarkus configures the services' mapper: fields an event gained later are ignored. */
    private final TypedEnvelopes envelopes = new TypedEnvelopes(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));

    private final UUID id = UUID.randomUUID();

    @Test
    void readsTheDataIntoTheRecordItsTypeNames() {
        EventEnvelope<Object> envelope = envelopes.parse(
                "{\"eventId\":\"" + id + "\",\"eventType\":\"Reported\",\"eventVersion\":2,"
                        + "\"occurredAt\":\"2026-05-01T08:00:00Z\",\"source\":\"monitoring-service\","
                        + "\"data\":{\"indicatorId\":7,\"asOf\":\"2026-04-30\",\"value\":\"≥17台\",\"extra\":[1,{}]},"
                        + "\"later\":{\"x\":1}}",
                TYPES);

        assertThat(envelope.eventId()).isEqualTo(id);
        assertThat(envelope.eventType()).isEqualTo("Reported");
        assertThat(envelope.eventVersion()).isEqualTo(2);
        assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
        assertThat(envelope.source()).isEqualTo("monitoring-service");
        assertThat(envelope.data()).isEqualTo(new Reported(7, LocalDate.of(2026, 4, 30), "≥17台"));
    }

    @Test
    void dataWrittenBeforeItsTypeIsReadAllTheSame() {
        EventEnvelope<Object> envelope = envelopes.parse(
                "{\"data\":{\"indicatorId\":9,\"reason\":\"复核\"},\"eventVersion\":1,\"eventType\":\"Assessed\","
                        + "\"eventId\":\"" + id + "\"}",
                TYPES);

        assertThat(envelope.data()).isEqualTo(new Assessed(9, "复核"));
        assertThat(envelope.occurredAt()).isNull();
    }

    @Test
    void theDataOfATypeNotReadIsSkipped() {
        EventEnvelope<Object> envelope = envelopes.parse(
                "{\"eventId\":\"" + id + "\",\"eventType\":\"UnitRegistered\",\"eventVersion\":1,"
                        + "\"data\":{\"unitCode\":\"573301\",\"nested\":{\"a\":[1,2]}}}",
                TYPES);

        assertThat(envelope.eventType()).isEqualTo("UnitRegistered");
        assertThat(envelope.data()).isNull();
    }

    @Test
    void whatIsNoEnvelopeIsPoisonWithItsReason() {
        String head = "{\"eventId\":\"" + id + "\",\"eventType\":\"Reported\",\"eventVersion\":1";
        assertPoison(null, "record has no value");
        assertPoison("not json", "value is not JSON");
        assertPoison("[1,2]", "malformed envelope");
        assertPoison("{\"eventType\":\"Reported\",\"eventVersion\":1,\"data\":{}}", "envelope has no eventId");
        assertPoison(
                "{\"eventId\":\"nope\",\"eventType\":\"Reported\",\"eventVersion\":1,\"data\":{}}",
                "malformed envelope");
        assertPoison(head + "}", "envelope has no data");
        assertPoison(head + ",\"data\":null}", "envelope has no data");
        assertPoison(head + ",\"occurredAt\":\"yesterday\",\"data\":{}}", "malformed envelope");
        assertPoison(head + ",\"data\":{\"asOf\":\"2026-13-45\"}}", "Reported is malformed");
        assertPoison(head + ",\"data\":{\"indicatorId\":\"seven\"}}", "Reported is malformed");
    }

    private void assertPoison(String value, String reason) {
        assertThatThrownBy(() -> envelopes.parse(value, TYPES))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessageContaining(reason);
    }
}
