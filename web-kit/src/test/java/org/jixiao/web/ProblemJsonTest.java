package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body every problem answer has, byte for byte: members in a fixed order, empty ones left out. */
class ProblemJsonTest {

    @Test
    void writesTheMembersInOrderAndLeavesOutEmptyOnes() {
        Problem problem = Problem.of(404, "No API resource at /api/nothing").at("/api/nothing", null);

        assertThat(ProblemJson.text(problem))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"No API resource at /api/nothing\",\"instance\":\"/api/nothing\"}");
    }

    @Test
    void namesEachViolationAndTheRequestId() {
        Problem problem = Problem.invalid(List.of(new Problem.Violation("budget.total", "must be at most 10^12")))
                .at("/api/projects", "req-1");

        assertThat(ProblemJson.text(problem))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Invalid values\",\"status\":422,"
                        + "\"detail\":\"budget.total: must be at most 10^12\",\"instance\":\"/api/projects\","
                        + "\"requestId\":\"req-1\",\"violations\":[{\"field\":\"budget.total\","
                        + "\"message\":\"must be at most 10^12\"}]}");
    }

    @Test
    void titlesFollowTheConventionElseTheReasonPhrase() {
        assertThat(ProblemTitles.titleOf(413)).isEqualTo("Payload too large");
        assertThat(ProblemTitles.titleOf(429)).isEqualTo("Too Many Requests");
        assertThat(ProblemTitles.titleOf(599)).isEqualTo("HTTP 599");
        assertThat(Problem.invalid(List.of(new Problem.Violation("a", "x"), new Problem.Violation("b", "y")))
                        .detail())
                .isEqualTo("2 fields are invalid");
    }
}
