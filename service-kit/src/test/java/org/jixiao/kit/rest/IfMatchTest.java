package org.jixiao.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void readsStrongWeakAndBareVersions() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3);
        assertThat(IfMatch.version("W/\"4\"")).isEqualTo(4);
        assertThat(IfMatch.version("5")).isEqualTo(5);
    }

    @Test
    void aLongBadHeaderIsQuotedCutShort() {
        assertThatThrownBy(() -> IfMatch.version("x".repeat(8_000)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.violations().get(0).field()).isEqualTo("If-Match");
                    assertThat(e.violations().get(0).message()).doesNotContain("x".repeat(65));
                });
    }
}
