package org.jixiao.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectRulesTest {
    final ProjectRules rules = new ProjectRules(IndicatorRulesTest.DEFAULTS);
    final Period year = IndicatorRulesTest.YEAR_2025;
    final LocalDate midYear = IndicatorRulesTest.MID_YEAR;

    @Test
    void statusIsTheMostSevereOfTheIndicators() {
        ProjectEvaluation e = rules.evaluate(
                List.of(Status.ACHIEVED, Status.AT_RISK, Status.ON_TRACK),
                new BigDecimal("100"),
                new BigDecimal("50"),
                year,
                midYear);
        assertThat(e.status()).isEqualTo(Status.AT_RISK);
        assertThat(rules.evaluate(
                                List.of(Status.NO_TARGET, Status.AHEAD), BigDecimal.TEN, BigDecimal.ONE, year, midYear)
                        .status())
                .isEqualTo(Status.AHEAD);
        assertThat(rules.evaluate(List.of(), BigDecimal.TEN, BigDecimal.ONE, year, midYear)
                        .status())
                .isEqualTo(Status.NO_TARGET);
    }

    @Test
    void warningComparesSpendingWithTime() {
        // time progress 0.501370: 50 % spent → 0.997 GREEN; 35 % → 0.698 YELLOW; 25 % → 0.499 RED.
        assertThat(warning("50")).isEqualTo(Warning.GREEN);
        assertThat(warning("35")).isEqualTo(Warning.YELLOW);
        assertThat(warning("25")).isEqualTo(Warning.RED);
        ProjectEvaluation e =
                rules.evaluate(List.of(), new BigDecimal("120.80"), new BigDecimal("60.40"), year, midYear);
        assertThat(e.executionRate()).isEqualByComparingTo("0.5");
        assertThat(e.timeProgress()).isEqualByComparingTo("0.501370");
    }

    private Warning warning(String spent) {
        return rules.evaluate(List.of(), new BigDecimal("100"), new BigDecimal(spent), year, midYear)
                .warning();
    }

    @Test
    void noWarningInTheFirstMonthAndNotDueIsNeutral() {
        ProjectEvaluation january = rules.evaluate(
                List.of(Status.NOT_DUE), new BigDecimal("100"), BigDecimal.ZERO, year, LocalDate.of(2025, 1, 10));
        assertThat(january.warning()).isEqualTo(Warning.NONE);
        assertThat(january.status()).isEqualTo(Status.NOT_DUE);
        assertThat(rules.evaluate(List.of(), new BigDecimal("100"), BigDecimal.ZERO, year, LocalDate.of(2025, 2, 1))
                        .warning())
                .isEqualTo(Warning.RED);
        assertThat(Status.worst(Status.NOT_DUE, Status.ACHIEVED)).isEqualTo(Status.ACHIEVED);
        assertThat(Status.worst(Status.ON_TRACK, Status.NOT_DUE)).isEqualTo(Status.ON_TRACK);
        assertThat(Status.worst(Status.NO_TARGET, Status.NOT_DUE)).isEqualTo(Status.NOT_DUE);
    }
}
