package org.jixiao.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jixiao.events.Milestone;
import org.jixiao.targets.TargetValue;
import org.jixiao.targets.TargetValueParser;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {
    static final Period YEAR_2025 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    static final LocalDate MID_YEAR = LocalDate.of(2025, 7, 2); // day 183 of 365: time progress 0.501370

    static final RulesConfig DEFAULTS = new DefaultRules();

    final IndicatorRules rules = new IndicatorRules(DEFAULTS);

    static Report report(LocalDate asOf, String value) {
        return new Report(UUID.randomUUID(), asOf, value, null, null, null, Instant.parse("2025-01-01T00:00:00Z"));
    }

    IndicatorEvaluation evaluate(String target, String level2, List<Report> reports, LocalDate on) {
        TargetValue parsed = TargetValueParser.parse(target, level2);
        return rules.evaluate(parsed, List.of(), reports, YEAR_2025, on);
    }

    @Test
    void cumulativeCountIsComparedWithTheShareOfTheTargetDueByNow() {
        // ≥17台 by 2 July: expected 17 × 0.501370 = 8.5233; 9 ÷ 8.5233 = 1.0559 → ON_TRACK.
        IndicatorEvaluation e = evaluate("≥17台", "数量指标", List.of(report(MID_YEAR, "9台")), MID_YEAR);
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.expected()).isEqualByComparingTo("8.5233");
        assertThat(e.ratio()).isEqualByComparingTo("1.0559");
        assertThat(e.forecast()).isEqualByComparingTo("17.9508");
    }

    @Test
    void slippingCountIsAtRiskThenOffTrack() {
        assertThat(evaluate("≥17台", "数量指标", List.of(report(MID_YEAR, "6台")), MID_YEAR)
                        .status())
                .isEqualTo(Status.AT_RISK); // 6 ÷ 8.5233 = 0.70
        assertThat(evaluate("≥17台", "数量指标", List.of(report(MID_YEAR, "5台")), MID_YEAR)
                        .status())
                .isEqualTo(Status.OFF_TRACK); // 0.59
        assertThat(evaluate("≥17台", "数量指标", List.of(report(MID_YEAR, "11台")), MID_YEAR)
                        .status())
                .isEqualTo(Status.AHEAD); // 1.29
        assertThat(evaluate("≥17台", "数量指标", List.of(report(MID_YEAR, "17台")), MID_YEAR)
                        .status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void unitsOfOneFamilyConvertBeforeComparing() {
        // ≥39万次 with 200000次 reported by mid-year: 20万次 ÷ 19.5535 = 1.0228 → ON_TRACK.
        IndicatorEvaluation e = evaluate("≥39万次", "社会效益指标", List.of(report(MID_YEAR, "200000次")), MID_YEAR);
        assertThat(e.actual()).isEqualByComparingTo("20");
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void lowerIsBetterMeansMetOrNot() {
        assertThat(evaluate("≤4小时", "时效指标", List.of(report(MID_YEAR, "90分钟")), MID_YEAR)
                        .status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(evaluate("≤4小时", "时效指标", List.of(report(MID_YEAR, "5小时")), MID_YEAR)
                        .status())
                .isEqualTo(Status.OFF_TRACK);
        assertThat(evaluate("≤5%", "质量指标", List.of(report(YEAR_2025.end(), "3%")), YEAR_2025.end())
                        .status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void levelTargetsAreComparedWithTheTargetItself() {
        assertThat(evaluate("≥90%", "质量指标", List.of(report(MID_YEAR, "85%")), MID_YEAR)
                        .status())
                .isEqualTo(Status.AT_RISK); // 0.944: a rate's bands are 0.90 and 0.95
        assertThat(evaluate("≥90%", "质量指标", List.of(report(MID_YEAR, "87%")), MID_YEAR)
                        .status())
                .isEqualTo(Status.ON_TRACK); // 0.967
        assertThat(evaluate("≥90%", "质量指标", List.of(report(MID_YEAR, "60%")), MID_YEAR)
                        .status())
                .isEqualTo(Status.OFF_TRACK); // 0.667
    }

    @Test
    void qualitativeAnswersMapToStatuses() {
        assertThat(evaluate("显著提高", "可持续影响指标", List.of(report(MID_YEAR, "ACHIEVED")), MID_YEAR)
                        .status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(evaluate("显著提高", "可持续影响指标", List.of(report(MID_YEAR, "PARTLY_ACHIEVED")), MID_YEAR)
                        .status())
                .isEqualTo(Status.AT_RISK);
        assertThat(evaluate("显著提高", "可持续影响指标", List.of(report(MID_YEAR, "NOT_ACHIEVED")), MID_YEAR)
                        .status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void deadlinesPassedUndoneAreOffTrack() {
        assertThat(evaluate(
                                "2025年6月",
                                "时效指标",
                                List.of(report(LocalDate.of(2025, 6, 15), "NOT_ACHIEVED")),
                                LocalDate.of(2025, 6, 20))
                        .status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(evaluate(
                                "2025年6月",
                                "时效指标",
                                List.of(report(LocalDate.of(2025, 7, 1), "NOT_ACHIEVED")),
                                LocalDate.of(2025, 7, 2))
                        .status())
                .isEqualTo(Status.OFF_TRACK);
        assertThat(evaluate(
                                "2025年6月",
                                "时效指标",
                                List.of(report(LocalDate.of(2025, 7, 1), "ACHIEVED")),
                                LocalDate.of(2025, 7, 2))
                        .status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void missingOrStaleReportsAreNotReported() {
        assertThat(evaluate("≥17台", "数量指标", List.of(), MID_YEAR).status()).isEqualTo(Status.NOT_REPORTED);
        assertThat(evaluate("≥17台", "数量指标", List.of(report(LocalDate.of(2025, 5, 1), "9台")), MID_YEAR)
                        .status())
                .isEqualTo(Status.NOT_REPORTED); // 62 days old
        assertThat(evaluate("≥17台", "数量指标", List.of(report(LocalDate.of(2025, 8, 1), "9台")), MID_YEAR)
                        .status())
                .as("a report dated after the day asked about is not known on that day")
                .isEqualTo(Status.NOT_REPORTED);
    }

    @Test
    void aCorrectionReplacesTheReportItCorrects() {
        Report wrong = report(MID_YEAR, "2台");
        Report correction = new Report(
                UUID.randomUUID(),
                LocalDate.of(2025, 6, 30),
                "9台",
                null,
                null,
                wrong.id(),
                Instant.parse("2025-07-03T00:00:00Z"));
        IndicatorEvaluation e = evaluate("≥17台", "数量指标", List.of(wrong, correction), MID_YEAR);
        assertThat(e.actual()).isEqualByComparingTo("9");
    }

    @Test
    void impossibleLikelihoodIsOffTrackWhateverTheValue() {
        Report hopeless = new Report(UUID.randomUUID(), MID_YEAR, "9台", "IMPOSSIBLE", null, null, Instant.now());
        assertThat(evaluate("≥17台", "数量指标", List.of(hopeless), MID_YEAR).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void milestonePlanReplacesTheStraightLine() {
        TargetValue target = TargetValueParser.parse("≥17台", "数量指标");
        List<Milestone> plan = List.of(new Milestone(LocalDate.of(2025, 6, 30), new BigDecimal("12")));
        IndicatorEvaluation e = rules.evaluate(target, plan, List.of(report(MID_YEAR, "9台")), YEAR_2025, MID_YEAR);
        assertThat(e.expected()).isEqualByComparingTo("12");
        assertThat(e.status()).isEqualTo(Status.AT_RISK); // 0.75
    }
}
