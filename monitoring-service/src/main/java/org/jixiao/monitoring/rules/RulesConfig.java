package org.jixiao.monitoring.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Thresholds of the monitoring rules (DESIGN §2.2); defaults follow common provincial practice. */
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
}
