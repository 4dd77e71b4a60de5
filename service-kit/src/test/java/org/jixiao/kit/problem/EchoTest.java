package org.jixiao.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void shortTextIsQuotedWhole() {
        assertThat(Echo.of("2025年信息化运维项目")).isEqualTo("2025年信息化运维项目");
        assertThat(Echo.of("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(Echo.of(null)).isNull();
    }

    @Test
    void longTextIsCutToSixtyFourCharacters() {
        assertThat(Echo.of("x".repeat(1_000_000))).isEqualTo("x".repeat(63) + "…");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "x".repeat(62) + "😀" + "y".repeat(10);
        assertThat(Echo.of(text)).isEqualTo("x".repeat(62) + "…");
    }
}
