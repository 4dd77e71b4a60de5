package org.jixiao.kit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotifiedCacheTest {
    private final AtomicInteger loads = new AtomicInteger();
    private final NotifiedCache<String> cache = new NotifiedCache<>(1_000, String::length);

    private String load(long key) {
        return "answer " + key + " #" + loads.incrementAndGet();
    }

    @Test
    void keepsAnAnswerUntilItsKeyChanges() {
        cache.listening(true);
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #1");
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #1");
        cache.changed(8);
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #1");
        cache.changed(7);
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #2");
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    void keepsNothingWhileNotListening() {
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #1");
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #2");
        cache.listening(true);
        cache.get(7, this::load);
        cache.listening(false);
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #4");
    }

    @Test
    void aLoadOverlappingAChangeIsAnsweredButNotKept() {
        cache.listening(true);
        String overlapped = cache.get(7, key -> {
            cache.changed(key);
            return load(key);
        });
        assertThat(overlapped).isEqualTo("answer 7 #1");
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #2");
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #2");
    }

    @Test
    void aLoadBegunBeforeListeningStartedIsNotKept() {
        String begunEarlier = cache.get(7, key -> {
            cache.listening(true);
            return load(key);
        });
        assertThat(begunEarlier).isEqualTo("answer 7 #1");
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #2");
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #2");
    }

    @Test
    void forgettingAllDropsEveryAnswer() {
        cache.listening(true);
        cache.get(7, this::load);
        cache.get(9, this::load);
        cache.forgetAll();
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #3");
        assertThat(cache.get(9, this::load)).isEqualTo("answer 9 #4");
    }

    @Test
    void nothingToAnswerIsNotKept() {
        cache.listening(true);
        assertThat(cache.get(7, key -> null)).isNull();
        assertThat(cache.get(7, this::load)).isEqualTo("answer 7 #1");
    }
}
