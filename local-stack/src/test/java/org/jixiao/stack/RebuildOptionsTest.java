package org.jixiao.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RebuildOptionsTest {
    @Test
    void defaultsAreThoseOfAStackStartedWithJixiaoUp() {
        RebuildOptions options = RebuildOptions.parse(new String[] {"--repo", "/tmp/repo"});
        assertEquals(Path.of("/tmp/repo/.jixiao"), options.data());
        assertEquals("jdbc:postgresql://127.0.0.1:5433/monitoring", options.jdbcUrl());
        assertEquals("127.0.0.1:9092", options.bootstrapServers());
        assertEquals("public", options.liveSchema());
        assertFalse(options.keep());
        assertNull(options.compareOnly());
        assertEquals(Duration.ofMinutes(30), options.timeout());
    }

    @Test
    void takesThePortsOfAStackStartedWithOtherOnes() {
        RebuildOptions options = RebuildOptions.parse(new String[] {
            "--pg-port",
            "15433",
            "--kafka-port=19092",
            "--keep",
            "--compare",
            "rebuild_20260101_000000",
            "--timeout",
            "60"
        });
        assertEquals("jdbc:postgresql://127.0.0.1:15433/monitoring", options.jdbcUrl());
        assertEquals("127.0.0.1:19092", options.bootstrapServers());
        assertTrue(options.keep());
        assertEquals("rebuild_20260101_000000", options.compareOnly());
        assertEquals(Duration.ofSeconds(60), options.timeout());
    }

    @Test
    void refusesWhatCouldNotNameASchemaOrTheRunningStack() {
        assertThrows(IllegalArgumentException.class, () -> RebuildOptions.parse(new String[] {"--compare", "x; drop"}));
        assertThrows(IllegalArgumentException.class, () -> RebuildOptions.parse(new String[] {"--compare", "public"}));
        assertThrows(IllegalArgumentException.class, () -> RebuildOptions.parse(new String[] {"--pg-port", "0"}));
        assertThrows(IllegalArgumentException.class, () -> RebuildOptions.parse(new String[] {"--timeout", "-5"}));
        assertThrows(IllegalArgumentException.class, () -> RebuildOptions.parse(new String[] {"--fresh"}));
    }
}
