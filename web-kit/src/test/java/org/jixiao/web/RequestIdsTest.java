package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private static final String RANDOM_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

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
        assertThat(chosen).matches(RANDOM_UUID);
    }

    @Test
    void createsAUuidWhenAbsentAndRejectsOverlongIds() {
        assertThat(RequestIds.acceptOrCreate(null)).matches(RANDOM_UUID);
        assertThat(RequestIds.acceptOrCreate("x".repeat(129))).matches(RANDOM_UUID);
    }
}
