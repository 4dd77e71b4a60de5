package org.jixiao.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyDecisionTest {
    private static final StoredAnswer ACCEPTED =
            new StoredAnswer(202, "application/json", Map.of(), "{\"eventId\":\"e\"}".getBytes());

    @Test
    void sameRequestAnsweredBeforeIsReplayed() {
        assertThat(KeyDecision.decide("h1", new KeyRecord("h1", ACCEPTED))).isEqualTo(KeyDecision.Outcome.REPLAY);
    }

    @Test
    void sameRequestStillRunningIsRefusedNotRunTwice() {
        assertThat(KeyDecision.decide("h1", new KeyRecord("h1", null))).isEqualTo(KeyDecision.Outcome.IN_PROGRESS);
    }

    @Test
    void differentRequestUnderTheSameKeyIsAConflictWhateverItsState() {
        assertThat(KeyDecision.decide("h2", new KeyRecord("h1", ACCEPTED)))
                .isEqualTo(KeyDecision.Outcome.DIFFERENT_REQUEST);
        assertThat(KeyDecision.decide("h2", new KeyRecord("h1", null)))
                .isEqualTo(KeyDecision.Outcome.DIFFERENT_REQUEST);
    }

    @Test
    void onlyFinalAnswersAreStored() {
        assertThat(KeyDecision.storable(200)).isTrue();
        assertThat(KeyDecision.storable(201)).isTrue();
        assertThat(KeyDecision.storable(202)).isTrue();
        assertThat(KeyDecision.storable(204)).isTrue();
        assertThat(KeyDecision.storable(409)).isTrue();
        assertThat(KeyDecision.storable(422)).isTrue();
        assertThat(KeyDecision.storable(429)).isFalse();
        assertThat(KeyDecision.storable(408)).isFalse();
        assertThat(KeyDecision.storable(500)).isFalse();
        assertThat(KeyDecision.storable(503)).isFalse();
    }

    @Test
    void keysAreShortVisibleAscii() {
        assertThat(KeyDecision.wellFormed("7d0f3c1e-8a1b-4b8e-9a57-0c9d1b2e3f40"))
                .isTrue();
        assertThat(KeyDecision.wellFormed("")).isFalse();
        assertThat(KeyDecision.wellFormed("with space")).isFalse();
        assertThat(KeyDecision.wellFormed("键")).isFalse();
        assertThat(KeyDecision.wellFormed("k".repeat(256))).isFalse();
        assertThat(KeyDecision.wellFormed("k".repeat(255))).isTrue();
    }
}
