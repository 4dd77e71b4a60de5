package org.jixiao.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jixiao.web.Problem.Violation;
import org.junit.jupiter.api.Test;

class StreamRequestTest {

    @Test
    void withoutLastEventIdTheClientGetsOnlyNewEvents() {
        StreamRequest request = StreamRequest.parse("573301", "42", null, null);

        assertThat(request.filter()).isEqualTo(new StreamFilter("573301", 42L));
        assertThat(request.resumeAfter()).isEmpty();
    }

    @Test
    void blankParametersMeanNoFilter() {
        assertThat(StreamRequest.parse("", " ", "", "").filter()).isEqualTo(StreamFilter.ALL);
    }

    @Test
    void sinceEarliestReadsFromTheBeginningButLastEventIdWins() {
        assertThat(StreamRequest.parse(null, null, "earliest", null).resumeAfter())
                .contains(StreamCursor.EARLIEST);
        assertThat(StreamRequest.parse(null, null, "earliest", "0-4.1-2").resumeAfter())
                .map(StreamCursor::toString)
                .contains("0-4.1-2");
    }

    @Test
    void reportsEveryInvalidValueAtOnce() {
        StreamRequest.Invalid invalid = catchThrowableOfType(
                StreamRequest.Invalid.class, () -> StreamRequest.parse("57 33", "abc", "yesterday", "x"));

        assertThat(invalid.violations())
                .extracting(Violation::field)
                .containsExactly("unitCode", "projectId", "since", "Last-Event-ID");
    }

    @Test
    void projectIdMustBePositive() {
        assertThat(catchThrowableOfType(StreamRequest.Invalid.class, () -> StreamRequest.parse(null, "0", null, null)))
                .isNotNull();
    }
}
