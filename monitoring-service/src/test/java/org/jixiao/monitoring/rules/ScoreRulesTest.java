package org.jixiao.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.targets.TargetValueParser;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    final ScoreRules rules = new ScoreRules(IndicatorRulesTest.DEFAULTS);

    static BigDecimal earned(String target, String level2, String reported) {
        return EarnedShare.of(
                TargetValueParser.parse(target, level2), List.of(IndicatorRulesTest.report(END, reported)), END);
    }

    @Test
    void eachIndicatorEarnsItsShareOfPoints() {
        assertThat(earned("≥17台", "数量指标", "9台")).isEqualByComparingTo("0.529412");
        assertThat(earned("≥17台", "数量指标", "20台")).isEqualByComparingTo("1");
        assertThat(earned("≤4小时", "时效指标", "5小时")).isEqualByComparingTo("0.8");
        assertThat(earned("≤4小时", "时效指标", "90分钟")).isEqualByComparingTo("1");
        assertThat(earned("显著提高", "可持续影响指标", "PARTLY_ACHIEVED")).isEqualByComparingTo("0.8");
        assertThat(earned("显著提高", "可持续影响指标", "NOT_ACHIEVED")).isEqualByComparingTo("0.6");
        assertThat(EarnedShare.of(TargetValueParser.parse("≥95%", "服务对象满意度指标"), List.of(), END))
                .isEqualByComparingTo("0");
    }

    @Test
    void scoreSplitsLevelPointsEvenlyAndAddsBudgetExecution() {
        // 产出 50 × (0.529412 + 1) ÷ 2 = 38.2353; 效益 30 × 0.8 = 24; 满意度 10 × 90/95 = 9.4737; 预算 0.5 × 10 = 5
        List<ScoreRules.Scored> scored = List.of(
                new ScoreRules.Scored("产出指标", null, earned("≥17台", "数量指标", "9台")),
                new ScoreRules.Scored("产出指标", null, earned("≤4小时", "时效指标", "3小时")),
                new ScoreRules.Scored("效益指标", null, earned("显著提高", "可持续影响指标", "PARTLY_ACHIEVED")),
                new ScoreRules.Scored("满意度指标", null, earned("≥95%", "服务对象满意度指标", "90%")));
        ScoreRules.Score score = rules.score(scored, new BigDecimal("0.5"));
        assertThat(score.score()).isEqualByComparingTo("76.71");
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
        // 产出 50 ÷ 3 = 16.666667 each; 满意度 10 × 0.9 = 9; an unknown 一级指标 earns nothing; 预算 0.25 × 10 = 2.5
        assertThat(breakdown.indicators())
                .extracting(ScoreRules.Points::available)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("16.666667"),
                        new BigDecimal("16.666667"),
                        new BigDecimal("16.666667"),
                        BigDecimal.TEN,
                        BigDecimal.ZERO);
        assertThat(breakdown.indicators())
                .extracting(ScoreRules.Points::earned)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("8.333333"),
                        new BigDecimal("16.666667"),
                        BigDecimal.ZERO,
                        new BigDecimal("9"),
                        BigDecimal.ZERO);
        assertThat(breakdown.budget().available()).isEqualByComparingTo("10");
        assertThat(breakdown.budget().earned()).isEqualByComparingTo("2.5");
        assertThat(breakdown.score().score()).isEqualByComparingTo("36.50");
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
