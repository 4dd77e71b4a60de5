package org.jixiao.monitoring.rules;

/** Qualitative answers: 达成 → ACHIEVED, 部分达成 → AT_RISK, 未达成 → OFF_TRACK. */
final class QualitativeRule {
    private QualitativeRule() {}

    static IndicatorEvaluation evaluate(Report latest) {
        Status status = switch (latest.value()) {
            case Report.ACHIEVED -> Status.ACHIEVED;
            case Report.PARTLY_ACHIEVED -> Status.AT_RISK;
            case Report.NOT_ACHIEVED -> Status.OFF_TRACK;
            default -> Status.NO_TARGET;
        };
        return new IndicatorEvaluation(
                status, null, null, null, null, "reported " + latest.value() + " as of " + latest.asOf());
    }
}
