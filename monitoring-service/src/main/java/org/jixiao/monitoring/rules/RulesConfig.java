package org.jixiao.monitoring.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Thresholds of the monitoring rules (docs/rules.md); defaults follow common provincial practice. */
@ConfigMapping(prefix = "jixiao.rules")
public interface RulesConfig {
    /** Achievement ratio below this is OFF_TRACK. */
    @WithDefault("0.6")
    BigDecimal offTrackBelow();

    /** Achievement ratio below this (and not off track) is AT_RISK. */
    @WithDefault("0.8")
    BigDecimal atRiskBelow();

    /** Achievement ratio from this on is AHEAD: was the target set too low? */
    @WithDefault("1.2")
    BigDecimal aheadFrom();

    /** A rate (LEVEL, in %) below this share of its target is OFF_TRACK: 77% of ≥95% is 0.81. */
    @WithDefault("0.90")
    BigDecimal rateOffTrackBelow();

    /** A rate below this share of its target (and not off track) is AT_RISK: 88% of ≥95% is 0.926. */
    @WithDefault("0.95")
    BigDecimal rateAtRiskBelow();

    /** An EXACT target is met within this relative tolerance either side (0.05: ±5 %). */
    @WithDefault("0.05")
    BigDecimal exactTolerance();

    /** How long into the period the budget warning stays NONE: too early to judge the pace of spending. */
    @WithDefault("P1M")
    java.time.Period budgetWarningFrom();

    /** Execution rate ÷ time progress below this is RED. */
    @WithDefault("0.6")
    BigDecimal budgetRedBelow();

    /** Execution rate ÷ time progress below this (and not red) is YELLOW. */
    @WithDefault("0.8")
    BigDecimal budgetYellowBelow();

    /** A latest report older than this many days is NOT_REPORTED. */
    @WithDefault("31")
    int reportingCadenceDays();

    /** Points of the 产出指标 in the self-evaluation score (财预〔2020〕10号). */
    @WithDefault("50")
    BigDecimal outputPoints();

    /** Points of the 效益指标. */
    @WithDefault("30")
    BigDecimal benefitPoints();

    /** Points of the 满意度指标. */
    @WithDefault("10")
    BigDecimal satisfactionPoints();

    /** Points of the budget execution rate (rate × points, capped). */
    @WithDefault("10")
    BigDecimal budgetPoints();

    /**
     * Whether the points of a 一级指标 without indicators (often 满意度) go to the present ones in proportion to their
     * points (10号 allows adjusted weights), so a project without a 满意度 indicator can still reach 100.
     */
    @WithDefault("true")
    boolean redistributeMissingLevels();

    /** Share of its points a qualitative 达成 earns (10号 band 100–80 %; all of it by default). */
    @WithDefault("1.0")
    BigDecimal achievedShare();

    /** Share a 部分达成 earns (10号 band 80–60 %: default the middle, 0.7). */
    @WithDefault("0.7")
    BigDecimal partlyAchievedShare();

    /** Share a 未达成 earns (10号 band 60–0 %: default the middle, 0.3). */
    @WithDefault("0.3")
    BigDecimal notAchievedShare();

    /** Share a deadline done after it earns. */
    @WithDefault("0.6")
    BigDecimal lateShare();

    /** Lowest score graded 优; some provinces use 80/70/60 instead of 90/80/60. */
    @WithDefault("90")
    BigDecimal excellentFrom();

    /** Lowest score graded 良. */
    @WithDefault("80")
    BigDecimal goodFrom();

    /** Lowest score graded 中; below is 差. */
    @WithDefault("60")
    BigDecimal passFrom();
}
