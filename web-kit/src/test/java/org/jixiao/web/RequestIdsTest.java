package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc-123", "0f8fad5b-d9cb-469f-a165-70867728950e", "trace:42.a_b"})
    void keepsPlainClientIds(String id) {
        assertThat(RequestIds.acceptOrCreate(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "line\nbreak", "ünïcode"})
    void replacesIdsThatCouldForgeOrBloatLogLines(String id) {
        String chosen = RequestIds.acceptOrCreate(id);
        assertThat(chosen).isNotEqualTo(id);
        assertThat(UUID.fromString(chosen)).isNotNull();
    }

    @Test
    void createsAUuidWhenAbsentAndRejectsOverlongIds() {
        assertThat(UUID.fromString(RequestIds.acceptOrCreate(null))).isNotNull();
        assertThat(RequestIds.acceptOrCreate("x".repeat(129))).hasSize(36);
    }
}
