package org.jixiao.monitoring.rules;

import java.math.BigDecimal;

/** The documented default thresholds, as plain values for the pure rule tests. */
final class DefaultRules implements RulesConfig {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public BigDecimal offTrackBelow() {
        return d("0.6");
    }

    public BigDecimal atRiskBelow() {
        return d("0.8");
    }

    public BigDecimal aheadFrom() {
        return d("1.2");
    }

    public BigDecimal budgetRedBelow() {
        return d("0.6");
    }

    public BigDecimal budgetYellowBelow() {
        return d("0.8");
    }

    public int reportingCadenceDays() {
        return 31;
    }

    public BigDecimal outputPoints() {
        return d("50");
    }

    public BigDecimal benefitPoints() {
        return d("30");
    }

    public BigDecimal satisfactionPoints() {
        return d("10");
    }

    public BigDecimal budgetPoints() {
        return d("10");
    }

    public BigDecimal excellentFrom() {
        return d("90");
    }

    public BigDecimal goodFrom() {
        return d("80");
    }

    public BigDecimal passFrom() {
        return d("60");
    }

    public BigDecimal rateOffTrackBelow() {
        return d("0.90");
    }

    public BigDecimal rateAtRiskBelow() {
        return d("0.95");
    }

    public BigDecimal exactTolerance() {
        return d("0.05");
    }

    public java.time.Period budgetWarningFrom() {
        return java.time.Period.ofMonths(1);
    }

    public boolean redistributeMissingLevels() {
        return true;
    }

    public BigDecimal achievedShare() {
        return d("1.0");
    }

    public BigDecimal partlyAchievedShare() {
        return d("0.7");
    }

    public BigDecimal notAchievedShare() {
        return d("0.3");
    }

    public BigDecimal lateShare() {
        return d("0.6");
    }
}
