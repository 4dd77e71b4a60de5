package org.jixiao.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jixiao.targets.TargetValueParser;
import org.junit.jupiter.api.Test;

/** The rules followed through a whole year (docs/rules.md): each case of the worked examples there. */
class YearRulesTest {
    static final Period YEAR = IndicatorRulesTest.YEAR_2025;
    static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);
    static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);
    static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);
    static final LocalDate SEP_30 = LocalDate.of(2025, 9, 30);
    static final LocalDate NOV_15 = LocalDate.of(2025, 11, 15);
    static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    final IndicatorRules rules = new IndicatorRules(IndicatorRulesTest.DEFAULTS);

    IndicatorEvaluation on(LocalDate day, String target, String level2, String name, Report... reports) {
        return rules.evaluate(TargetValueParser.parse(target, level2, name), List.of(), List.of(reports), YEAR, day);
    }

    Status status(LocalDate day, String target, String level2, Report... reports) {
        return on(day, target, level2, null, reports).status();
    }

    static Report report(LocalDate asOf, String value) {
        return IndicatorRulesTest.report(asOf, value);
    }

    static Report withForecast(LocalDate asOf, String value, String forecast) {
        return new Report(UUID.randomUUID(), asOf, value, null, forecast, null, Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void metStaysMetWithoutFurtherReports() {
        Report done = report(SEP_30, "17台");
        assertThat(status(NOV_15, "≥17台", "数量指标", done)).isEqualTo(Status.ACHIEVED);
        assertThat(status(DEC_31, "≥17台", "数量指标", done)).isEqualTo(Status.ACHIEVED);
        Report achieved = report(MAR_31, "ACHIEVED");
        assertThat(status(NOV_15, "显著提高", "社会效益指标", achieved)).isEqualTo(Status.ACHIEVED);
        // Not met: staleness still applies.
        assertThat(status(NOV_15, "≥17台", "数量指标", report(SEP_30, "12台"))).isEqualTo(Status.NOT_REPORTED);
    }

    @Test
    void nothingIsDueInTheFirstCadenceOfThePeriod() {
        assertThat(status(JAN_10, "≥17台", "数量指标")).isEqualTo(Status.NOT_DUE);
        assertThat(status(LocalDate.of(2025, 2, 1), "≥17台", "数量指标")).isEqualTo(Status.NOT_REPORTED);
    }

    @Test
    void anIndicatorAddedDuringTheYearIsNotDueUntilACadenceAfterItsDefinition() {
        IndicatorEvaluation justAdded = rules.evaluate(
                TargetValueParser.parse("≥17台", "数量指标"),
                List.of(),
                List.of(),
                YEAR.definedOn(LocalDate.of(2025, 5, 10)),
                LocalDate.of(2025, 6, 5));
        assertThat(justAdded.status()).isEqualTo(Status.NOT_DUE);
        assertThat(justAdded.explanation()).isEqualTo("first report due by 2025-06-10");
        assertThat(rules.evaluate(
                                TargetValueParser.parse("≥17台", "数量指标"),
                                List.of(),
                                List.of(),
                                YEAR.definedOn(LocalDate.of(2025, 5, 10)),
                                LocalDate.of(2025, 6, 10))
                        .status())
                .isEqualTo(Status.NOT_REPORTED);
    }

    @Test
    void aTableEnteredAfterItsYearCountsFromThePeriodStart() {
        assertThat(YEAR.definedOn(LocalDate.of(2026, 3, 1))).isEqualTo(YEAR);
        assertThat(YEAR.definedOn(LocalDate.of(2024, 12, 20))).isEqualTo(YEAR);
        assertThat(YEAR.definedOn(null)).isEqualTo(YEAR);
        assertThat(YEAR.definedOn(LocalDate.of(2025, 5, 10)).reportingFrom()).isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void theYearEndIsFinal() {
        assertThat(status(DEC_31, "≥17台", "数量指标", report(DEC_31, "16台"))).isEqualTo(Status.OFF_TRACK);
        assertThat(status(DEC_31, "≥17台", "数量指标", report(DEC_31, "12台"))).isEqualTo(Status.OFF_TRACK);
        assertThat(status(DEC_31, "≥95%", "服务对象满意度指标", report(DEC_31, "77%"))).isEqualTo(Status.OFF_TRACK);
        assertThat(status(DEC_31, "≥17台", "数量指标")).isEqualTo(Status.OFF_TRACK);
        IndicatorEvaluation far = on(DEC_31, "≥17台", "数量指标", null, report(DEC_31, "25台"));
        assertThat(far.status()).isEqualTo(Status.ACHIEVED);
        assertThat(far.note()).isEqualTo("far above target: was it set too low?");
        // A later day asked about is judged as of the period end.
        assertThat(status(LocalDate.of(2026, 2, 1), "≥17台", "数量指标", report(NOV_15, "17台")))
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void theCompletingReportsDateDecidesADeadline() {
        assertThat(status(JUN_30, "6月底前", "时效指标", report(JUN_30, "PARTLY_ACHIEVED")))
                .isEqualTo(Status.ON_TRACK);
        assertThat(status(LocalDate.of(2025, 7, 1), "6月底前", "时效指标", report(JUN_30, "PARTLY_ACHIEVED")))
                .isEqualTo(Status.OFF_TRACK);
        IndicatorEvaluation late =
                on(SEP_30, "6月底前", "时效指标", null, report(JUN_30, "PARTLY_ACHIEVED"), report(SEP_30, "ACHIEVED"));
        assertThat(late.status()).isEqualTo(Status.ACHIEVED);
        assertThat(late.daysLate()).isEqualTo(92);
        assertThat(on(DEC_31, "6月底前", "时效指标", null, report(JUN_30, "ACHIEVED")).daysLate())
                .isNull();
        // A deadline on the period's last day fails at the period end when not done.
        assertThat(status(DEC_31, "2025年12月", "时效指标", report(NOV_15, "PARTLY_ACHIEVED")))
                .isEqualTo(Status.OFF_TRACK);
        assertThat(status(DEC_31, "12个月内完成", "时效指标", report(DEC_31, "NOT_ACHIEVED")))
                .isEqualTo(Status.OFF_TRACK);
        // 30天内完成 is 30 days, not 30 months.
        assertThat(status(LocalDate.of(2025, 2, 1), "30天内完成", "时效指标", report(JAN_10, "PARTLY_ACHIEVED")))
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void staffInPostIsALevelAndOneDeliverableIsNotJudgedPartWay() {
        // ≥12人 物业服务人员 with 8人: 8 ÷ 12 = 0.667 → AT_RISK (as a flow it was 8 ÷ 2.96 → AHEAD).
        IndicatorEvaluation staff = on(MAR_31, "≥12人", "数量指标", "物业服务人员", report(MAR_31, "8人"));
        assertThat(staff.status()).isEqualTo(Status.AT_RISK);
        assertThat(staff.expected()).isEqualByComparingTo("12");
        // 12人 in January is staff in post now, not the year's work done.
        assertThat(on(JAN_10, "≥12人", "数量指标", "物业服务人员", report(JAN_10, "12人")).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(on(MAR_31, "1套", "数量指标", "安装火灾报警控制系统", report(MAR_31, "0套")).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(on(SEP_30, "1套", "数量指标", "安装火灾报警控制系统", report(SEP_30, "1套")).status())
                .isEqualTo(Status.ACHIEVED);
        assertThat(on(DEC_31, "1套", "数量指标", "安装火灾报警控制系统", report(DEC_31, "0套")).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void ratesHaveNarrowBands() {
        assertThat(status(JUN_30, "≥95%", "服务对象满意度指标", report(JUN_30, "77%"))).isEqualTo(Status.OFF_TRACK);
        assertThat(status(JUN_30, "≥95%", "服务对象满意度指标", report(JUN_30, "88%"))).isEqualTo(Status.AT_RISK);
        assertThat(status(JUN_30, "≥95%", "服务对象满意度指标", report(JUN_30, "92%"))).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aCapIsAtRiskWhenItsForecastBreaksIt() {
        // 70 by 30 June (time progress 181/365 = 0.495890): straight on 70 ÷ 0.495890 = 141.1603 > 120.8 → AT_RISK.
        IndicatorEvaluation cost = on(JUN_30, "≤120.8万元", "成本指标", null, report(JUN_30, "70万元"));
        assertThat(cost.status()).isEqualTo(Status.AT_RISK);
        assertThat(cost.forecast()).isEqualByComparingTo("141.1603");
        assertThat(status(JUN_30, "≤120.8万元", "成本指标", report(JUN_30, "50万元"))).isEqualTo(Status.ON_TRACK);
        assertThat(status(JUN_30, "≤120.8万元", "成本指标", withForecast(JUN_30, "50万元", "130万元")))
                .isEqualTo(Status.AT_RISK);
        // A bare amount under 成本指标 is a cap too.
        assertThat(status(JUN_30, "2.2万元", "成本指标", report(JUN_30, "2.5万元"))).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aZeroTargetIsMetOnlyAtZero() {
        assertThat(status(JUN_30, "0起", "质量指标", report(JUN_30, "0起"))).isEqualTo(Status.ON_TRACK);
        assertThat(status(JUN_30, "0起", "质量指标", report(JUN_30, "1起"))).isEqualTo(Status.OFF_TRACK);
        assertThat(status(DEC_31, "0起", "质量指标", report(DEC_31, "0起"))).isEqualTo(Status.ACHIEVED);
        assertThat(status(DEC_31, "0起", "质量指标", report(DEC_31, "2起"))).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void anExactTargetIsMetWithinItsToleranceAndNeverAhead() {
        assertThat(status(JUN_30, "68.3万元", "数量指标", report(JUN_30, "70万元"))).isEqualTo(Status.ON_TRACK);
        assertThat(status(JUN_30, "68.3万元", "数量指标", report(JUN_30, "90万元"))).isEqualTo(Status.AT_RISK);
        assertThat(status(DEC_31, "68.3万元", "数量指标", report(DEC_31, "71万元"))).isEqualTo(Status.ACHIEVED);
        assertThat(status(DEC_31, "68.3万元", "数量指标", report(DEC_31, "75万元"))).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aValueMustCarryTheTargetsUnit() {
        var visits = TargetValueParser.parse("≥39万次", "社会效益指标");
        assertThat(ReportChecks.value("200000", visits, false))
                .hasValue("'200000' has no unit; the target '≥39万次' is in 万次: write 200000万次");
        assertThat(ReportChecks.value("200000次", visits, false)).isEmpty();
        assertThat(ReportChecks.value("9", TargetValueParser.parse("≥17台", "数量指标"), false))
                .hasValueSatisfying(reason -> assertThat(reason).endsWith("write 9台"));
        assertThat(ReportChecks.value("210分钟", TargetValueParser.parse("≤4小时", "时效指标"), false))
                .isEmpty();
        assertThat(ReportChecks.value("3份", TargetValueParser.parse("≥17台", "数量指标"), false))
                .isPresent();
        assertThat(ReportChecks.value("PARTLY_ACHIEVED", TargetValueParser.parse("显著提高", "社会效益指标"), false))
                .isEmpty();
        assertThat(Reports.numericValue(report(JUN_30, "0.85"), TargetValueParser.parse("≥90%", "质量指标")))
                .isNull();
    }
}
