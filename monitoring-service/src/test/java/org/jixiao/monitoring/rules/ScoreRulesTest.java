package org.jixiao.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.targets.TargetValue;
import org.jixiao.targets.TargetValueParser;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    static final Period YEAR = IndicatorRulesTest.YEAR_2025;
    static final EarnedShare SHARES = new EarnedShare(IndicatorRulesTest.DEFAULTS);
    final ScoreRules rules = new ScoreRules(IndicatorRulesTest.DEFAULTS);

    static BigDecimal earned(String target, String level2, String reported) {
        return SHARES.asThingsStand(
                TargetValueParser.parse(target, level2),
                List.of(IndicatorRulesTest.report(END, reported)),
                null,
                YEAR,
                END);
    }

    @Test
    void anAssessedShareCountsOnlyInsideTheBandOfTheLatestAnswer() {
        TargetValue qualitative = TargetValueParser.parse("显著提高", "社会效益指标");
        List<Report> partly = List.of(IndicatorRulesTest.report(END, "PARTLY_ACHIEVED"));
        assertThat(SHARES.asThingsStand(qualitative, partly, null, YEAR, END)).isEqualByComparingTo("0.7");
        assertThat(SHARES.asThingsStand(qualitative, partly, new BigDecimal("0.75"), YEAR, END))
                .isEqualByComparingTo("0.75");
        assertThat(SHARES.asThingsStand(qualitative, partly, new BigDecimal("0.6"), YEAR, END))
                .isEqualByComparingTo("0.6");
        // 0.8 belongs to 达成's band, not 部分达成's: the default applies.
        assertThat(SHARES.asThingsStand(qualitative, partly, new BigDecimal("0.8"), YEAR, END))
                .isEqualByComparingTo("0.7");
        List<Report> achieved = List.of(IndicatorRulesTest.report(END, "ACHIEVED"));
        assertThat(SHARES.asThingsStand(qualitative, achieved, new BigDecimal("0.8"), YEAR, END))
                .isEqualByComparingTo("0.8");
        // A number earns by how far it reached its target, whatever was assessed.
        assertThat(SHARES.asThingsStand(
                        TargetValueParser.parse("≥17台", "数量指标"),
                        List.of(IndicatorRulesTest.report(END, "17台")),
                        new BigDecimal("0.5"),
                        YEAR,
                        END))
                .isEqualByComparingTo("1");
    }

    @Test
    void eachIndicatorEarnsItsShareOfPoints() {
        assertThat(earned("≥17台", "数量指标", "9台")).isEqualByComparingTo("0.529412");
        assertThat(earned("≥17台", "数量指标", "20台")).isEqualByComparingTo("1");
        assertThat(earned("≤4小时", "时效指标", "5小时")).isEqualByComparingTo("0.8");
        assertThat(earned("≤4小时", "时效指标", "90分钟")).isEqualByComparingTo("1");
        // Qualitative answers earn the middle of their 10号 band (100–80 %, 80–60 %, 60–0 %), not its edge.
        assertThat(earned("显著提高", "可持续影响指标", "ACHIEVED")).isEqualByComparingTo("1");
        assertThat(earned("显著提高", "可持续影响指标", "PARTLY_ACHIEVED")).isEqualByComparingTo("0.7");
        assertThat(earned("显著提高", "可持续影响指标", "NOT_ACHIEVED")).isEqualByComparingTo("0.3");
        assertThat(SHARES.asThingsStand(TargetValueParser.parse("≥95%", "服务对象满意度指标"), List.of(), null, YEAR, END))
                .isEqualByComparingTo("0");
    }

    @Test
    void zeroTargetsEarnOnlyAtZeroAndExactTargetsByTheirDeviation() {
        assertThat(earned("0起", "质量指标", "0起")).isEqualByComparingTo("1");
        assertThat(earned("0起", "质量指标", "1起")).isEqualByComparingTo("0");
        assertThat(earned("68.3万元", "数量指标", "70万元")).isEqualByComparingTo("1"); // 2.5 % off: within ±5 %
        assertThat(earned("68.3万元", "数量指标", "61.47万元")).isEqualByComparingTo("0.9"); // 10 % off
    }

    @Test
    void aDeadlineDoneLateEarnsTheLateShare() {
        var target = TargetValueParser.parse("6月底前", "时效指标");
        Report onTime = IndicatorRulesTest.report(LocalDate.of(2025, 6, 20), "ACHIEVED");
        Report late = IndicatorRulesTest.report(LocalDate.of(2025, 9, 30), "ACHIEVED");

        assertThat(SHARES.asThingsStand(target, List.of(onTime), null, YEAR, END))
                .isEqualByComparingTo("1");
        assertThat(SHARES.asThingsStand(target, List.of(late), null, YEAR, END)).isEqualByComparingTo("0.6");
    }

    @Test
    void projectedSharesTakeEachFigureToItsForecast() {
        LocalDate june = LocalDate.of(2025, 6, 30); // time progress 181/365 = 0.495890
        var devices = TargetValueParser.parse("≥17台", "数量指标");
        // 8台 by June: straight on 8 ÷ 0.495890 = 16.1326, 16.1326 ÷ 17 = 0.948976.
        assertThat(SHARES.projected(devices, List.of(IndicatorRulesTest.report(june, "8台")), null, YEAR, june))
                .isEqualByComparingTo("0.948976");
        // A deadline not done yet and not due yet is assumed on time; in January nothing is due yet.
        assertThat(SHARES.projected(TargetValueParser.parse("9月底前", "时效指标"), List.of(), null, YEAR, june))
                .isEqualByComparingTo("1");
        // Spending 0.45 by June: 0.45 ÷ 0.495890 = 0.9075; in the first month the plan (1).
        assertThat(SHARES.projectedExecution(new BigDecimal("0.45"), YEAR, june))
                .isEqualByComparingTo("0.9075");
        assertThat(SHARES.projectedExecution(BigDecimal.ZERO, YEAR, LocalDate.of(2025, 1, 10)))
                .isEqualByComparingTo("1");
    }

    @Test
    void aMissingLevelsPointsGoToThePresentLevels() {
        // No 满意度 indicator: 产出 50 + 10 × 50/80 = 56.25, 效益 30 + 10 × 30/80 = 33.75; all met and 95 % spent:
        // 56.25 + 33.75 + 9.5 = 99.5 → 优 (it would be 89.5 → 良 with the 10 points lost).
        List<ScoreRules.Scored> scored = List.of(
                new ScoreRules.Scored("产出指标", null, BigDecimal.ONE),
                new ScoreRules.Scored("产出指标", null, BigDecimal.ONE),
                new ScoreRules.Scored("效益指标", null, BigDecimal.ONE));
        ScoreRules.Breakdown breakdown = rules.breakdown(scored, new BigDecimal("0.95"));

        assertThat(breakdown.indicators().get(0).available()).isEqualByComparingTo("28.125");
        assertThat(breakdown.indicators().get(2).available()).isEqualByComparingTo("33.75");
        assertThat(breakdown.score().score()).isEqualByComparingTo("99.50");
        assertThat(breakdown.score().grade()).isEqualTo("优");
    }

    @Test
    void scoreSplitsLevelPointsEvenlyAndAddsBudgetExecution() {
        // 产出 50 × (0.529412 + 1) ÷ 2 = 38.2353; 效益 30 × 0.7 = 21; 满意度 10 × 90/95 = 9.4737; 预算 0.5 × 10 = 5
        List<ScoreRules.Scored> scored = List.of(
                new ScoreRules.Scored("产出指标", null, earned("≥17台", "数量指标", "9台")),
                new ScoreRules.Scored("产出指标", null, earned("≤4小时", "时效指标", "3小时")),
                new ScoreRules.Scored("效益指标", null, earned("显著提高", "可持续影响指标", "PARTLY_ACHIEVED")),
                new ScoreRules.Scored("满意度指标", null, earned("≥95%", "服务对象满意度指标", "90%")));
        ScoreRules.Score score = rules.score(scored, new BigDecimal("0.5"));
        assertThat(score.score()).isEqualByComparingTo("73.71");
        assertThat(score.grade()).isEqualTo("中");
    }

    @Test
    void weightsReplaceTheEvenSplitAndExecutionIsCapped() {
        List<ScoreRules.Scored> scored = List.of(
                new ScoreRules.Scored("产出指标", new BigDecimal("3"), BigDecimal.ONE),
                new ScoreRules.Scored("产出指标", new BigDecimal("1"), BigDecimal.ZERO),
                new ScoreRules.Scored("效益指标", null, BigDecimal.ONE),
                new ScoreRules.Scored("满意度指标", null, BigDecimal.ONE));
        // 50 × 3/4 + 30 + 10 + min(1.3, 1) × 10 = 87.5
        ScoreRules.Score score = rules.score(scored, new BigDecimal("1.3"));
        assertThat(score.score()).isEqualByComparingTo("87.50");
        assertThat(score.grade()).isEqualTo("良");
    }

    @Test
    void breakdownListsWhatEachPartCanEarnAndEarnedAndAddsUpToTheScore() {
        List<ScoreRules.Scored> scored = List.of(
                new ScoreRules.Scored("产出指标", null, new BigDecimal("0.5")),
                new ScoreRules.Scored("产出指标", null, BigDecimal.ONE),
                new ScoreRules.Scored("产出指标", null, BigDecimal.ZERO),
                new ScoreRules.Scored("满意度指标", null, new BigDecimal("0.9")),
                new ScoreRules.Scored("其他指标", null, BigDecimal.ONE));
        ScoreRules.Breakdown breakdown = rules.breakdown(scored, new BigDecimal("0.25"));
        // No 效益 indicator: its 30 points go 25 to 产出 (50/60) and 5 to 满意度 (10/60): 产出 75 ÷ 3 = 25 each;
        // 满意度 15 × 0.9 = 13.5; an unknown 一级指标 earns nothing; 预算 0.25 × 10 = 2.5.
        assertThat(breakdown.indicators())
                .extracting(ScoreRules.Points::available)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("25"),
                        new BigDecimal("25"),
                        new BigDecimal("25"),
                        new BigDecimal("15"),
                        BigDecimal.ZERO);
        assertThat(breakdown.indicators())
                .extracting(ScoreRules.Points::earned)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("12.5"),
                        new BigDecimal("25"),
                        BigDecimal.ZERO,
                        new BigDecimal("13.5"),
                        BigDecimal.ZERO);
        assertThat(breakdown.budget().available()).isEqualByComparingTo("10");
        assertThat(breakdown.budget().earned()).isEqualByComparingTo("2.5");
        assertThat(breakdown.score().score()).isEqualByComparingTo("53.50");
        assertThat(breakdown.score()).isEqualTo(rules.score(scored, new BigDecimal("0.25")));
    }

    @Test
    void gradesFollowTheThresholds() {
        assertThat(rules.grade(new BigDecimal("90"))).isEqualTo("优");
        assertThat(rules.grade(new BigDecimal("89.99"))).isEqualTo("良");
        assertThat(rules.grade(new BigDecimal("60"))).isEqualTo("中");
        assertThat(rules.grade(new BigDecimal("59.99"))).isEqualTo("差");
    }
}
