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
