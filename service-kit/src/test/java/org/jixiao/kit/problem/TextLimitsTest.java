package org.jixiao.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void textUpToTheLimitFitsLongerTextIsNamed() {
        Violations violations = new Violations();
        assertThat(TextLimits.check(violations, "name", "项".repeat(200), TextLimits.NAME))
                .isTrue();
        assertThat(TextLimits.check(violations, "name", null, TextLimits.NAME)).isTrue();
        assertThat(violations.isEmpty()).isTrue();

        assertThat(TextLimits.check(violations, "name", "项".repeat(201), TextLimits.NAME))
                .isFalse();
        assertThat(violations.list()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.message()).isEqualTo("must be at most 200 characters");
        });
    }

    @Test
    void charactersAreCodePointsNotUtf16Units() {
        assertThat(TextLimits.fits("😀".repeat(100), TextLimits.SHORT)).isTrue();
        assertThat(TextLimits.fits("😀".repeat(101), TextLimits.SHORT)).isFalse();
    }
}
