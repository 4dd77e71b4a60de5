package org.jixiao.monitoring.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void columnsAreTabSeparatedAndAMissingValueIsBackslashN() {
        StringBuilder out = new StringBuilder();
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        CopyText.row(out, id, 7L, LocalDate.of(2026, 6, 30), null, "≥17台");

        assertThat(out).hasToString(id + "\t7\t2026-06-30\t\\N\t≥17台\n");
    }

    @Test
    void aValueCannotEndItsColumnOrRowEarly() {
        StringBuilder out = new StringBuilder();
        CopyText.row(out, "a\tb\nc\rd\\N", "next");

        assertThat(out).hasToString("a\\tb\\nc\\rd\\\\N\tnext\n");
    }
}
