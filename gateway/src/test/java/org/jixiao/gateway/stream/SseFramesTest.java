package org.jixiao.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SseFramesTest {

    @Test
    void eventHasIdNameAndDataAndEndsWithABlankLine() {
        assertThat(SseFrames.event("0-1", "status", "{\"a\":1}"))
                .isEqualTo("id: 0-1\nevent: status\ndata: {\"a\":1}\n\n");
    }

    @Test
    void multiLineDataBecomesOneDataFieldPerLine() {
        assertThat(SseFrames.event("0-1", "status", "a\nb\r\nc")).endsWith("data: a\ndata: b\ndata: c\n\n");
    }

    @Test
    void commentsAndRetryCannotCarryEvents() {
        assertThat(SseFrames.comment("heart\nbeat")).isEqualTo(": heart beat\n\n");
        assertThat(SseFrames.retry(Duration.ofSeconds(3))).isEqualTo("retry: 3000\n\n");
    }
}
