package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, now::get);

    @Test
    void aTokenIsKeptUntilItExpires() {
        tokens.put("t", "caller", 1_010);
        assertThat(tokens.get("t")).isEqualTo("caller");
        now.set(1_009);
        assertThat(tokens.get("t")).isEqualTo("caller");
        now.set(1_010);
        assertThat(tokens.get("t")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anUnknownOrExpiredTokenIsNotKept() {
        assertThat(tokens.get("never")).isNull();
        tokens.put("old", "caller", 1_000);
        assertThat(tokens.get("old")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullExpiredEntriesGoFirst() {
        tokens.put("a", "a", 1_005);
        tokens.put("b", "b", 2_000);
        tokens.put("c", "c", 2_000);
        now.set(1_005);
        tokens.put("d", "d", 2_000);
        assertThat(tokens.get("b")).isEqualTo("b");
        assertThat(tokens.get("d")).isEqualTo("d");
        assertThat(tokens.size()).isEqualTo(3);
    }

    @Test
    void whenFullOfLiveEntriesItStartsOver() {
        tokens.put("a", "a", 2_000);
        tokens.put("b", "b", 2_000);
        tokens.put("c", "c", 2_000);
        tokens.put("d", "d", 2_000);
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.get("d")).isEqualTo("d");
        assertThat(tokens.get("a")).isNull();
    }
}
