package org.jixiao.monitoring.rules;

/**
 * Qualitative answers: 达成 → ACHIEVED (and it stays so without further reports), 部分达成 → AT_RISK, 未达成 →
 * OFF_TRACK; at the period end only 达成 is ACHIEVED, anything else OFF_TRACK.
 */
final class QualitativeRule {
    private QualitativeRule() {}

    static IndicatorEvaluation evaluate(Report latest, Period period, java.time.LocalDate on, IndicatorRules rules) {
        String reported = "reported " + latest.value() + " as of " + latest.asOf();
        if (latest.saysAchieved()) {
            return IndicatorEvaluation.only(Status.ACHIEVED, reported);
        }
        boolean answer = Report.PARTLY_ACHIEVED.equals(latest.value()) || Report.NOT_ACHIEVED.equals(latest.value());
        if (period.isOver(on)) {
            return IndicatorEvaluation.only(answer ? Status.OFF_TRACK : Status.NO_TARGET, "final: " + reported);
        }
        if (!answer) {
            return IndicatorEvaluation.only(Status.NO_TARGET, reported);
        }
        if (rules.stale(latest, on)) {
            return rules.staleness(latest, on);
        }
        if (latest.saysImpossible() || Report.NOT_ACHIEVED.equals(latest.value())) {
            return IndicatorEvaluation.only(Status.OFF_TRACK, reported);
        }
        return IndicatorEvaluation.only(Status.AT_RISK, reported);
    }
}
