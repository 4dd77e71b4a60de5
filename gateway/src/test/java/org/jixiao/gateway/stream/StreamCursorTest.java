package org.jixiao.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamCursorTest {

    @Test
    void writesAndReadsBackTheNextOffsetOfEveryPartition() {
        StreamCursor cursor = StreamCursor.of(Map.of(2, 8L, 0, 13L, 1, 5L));

        assertThat(cursor.toString()).isEqualTo("0-13.1-5.2-8");
        assertThat(StreamCursor.parse("0-13.1-5.2-8")).contains(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0-1.", "0-1,1-2", "-1-5", "0-1.0-2", "0-99999999999999999999", "12345-1"})
    void refusesTextTheGatewayNeverWrites(String text) {
        assertThat(StreamCursor.parse(text)).isEmpty();
    }

    @Test
    void aRecordIsAheadUntilTheCursorMovedPastIt() {
        StreamCursor cursor = StreamCursor.of(Map.of(0, 10L));

        assertThat(cursor.isAhead(0, 9)).isFalse();
        assertThat(cursor.isAhead(0, 10)).isTrue();
        assertThat(cursor.isAhead(1, 0))
                .as("unknown partition: read from its beginning")
                .isTrue();
        assertThat(cursor.after(0, 10).isAhead(0, 10)).isFalse();
        assertThat(cursor.after(1, 4).toString()).isEqualTo("0-10.1-5");
    }

    @Test
    void maxKeepsTheFurtherPositionOfEachPartition() {
        StreamCursor a = StreamCursor.of(Map.of(0, 10L, 1, 3L));
        StreamCursor b = StreamCursor.of(Map.of(1, 7L, 2, 1L));

        assertThat(a.max(b).toString()).isEqualTo("0-10.1-7.2-1");
        assertThat(StreamCursor.EARLIEST.max(a)).isEqualTo(a);
    }
}
