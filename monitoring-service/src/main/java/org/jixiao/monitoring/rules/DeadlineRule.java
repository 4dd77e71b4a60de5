package org.jixiao.monitoring.rules;

import java.time.LocalDate;
import org.jixiao.targets.TargetValue;

/**
 * Deadlines (2025年12月, 12个月内完成): done is ACHIEVED; not done is fine until the deadline and OFF_TRACK after it.
 * A deadline given as a number of months counts from the start of the project period.
 */
final class DeadlineRule {
    private DeadlineRule() {}

    static IndicatorEvaluation evaluate(TargetValue target, Report latest, Period period, LocalDate on) {
        LocalDate deadline = deadline(target, period);
        if (Report.ACHIEVED.equals(latest.value())) {
            return new IndicatorEvaluation(Status.ACHIEVED, null, null, null, null, "done as of " + latest.asOf());
        }
        if (on.isAfter(deadline)) {
            return new IndicatorEvaluation(
                    Status.OFF_TRACK, null, null, null, null, "not done and the deadline " + deadline + " has passed");
        }
        Status status = Report.PARTLY_ACHIEVED.equals(latest.value()) || Report.NOT_ACHIEVED.equals(latest.value())
                ? Status.ON_TRACK
                : Status.NO_TARGET;
        return new IndicatorEvaluation(status, null, null, null, null, "in progress, due by " + deadline);
    }

    static LocalDate deadline(TargetValue target, Period period) {
        if (target.deadline() != null) {
            return target.deadline();
        }
        if (target.value() != null) {
            return period.start().plusMonths(target.value().longValue()).minusDays(1);
        }
        return period.end();
    }
}
