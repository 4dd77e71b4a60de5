package org.jixiao.monitoring.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Deadlines (2025年12月, 6月底前, 12个月内完成; docs/rules.md, "Deadlines"). The date of the completing report decides:
 * done on or before the due day is ACHIEVED; not done is OFF_TRACK from the day after the due day (and at the period
 * end, so a deadline on the last day can fail too); done later is ACHIEVED marked late, with the days late.
 */
final class DeadlineRule {
    private DeadlineRule() {}

    static IndicatorEvaluation evaluate(
            List<Report> effective, LocalDate due, Period period, LocalDate on, IndicatorRules rules) {
        LocalDate done = completedOn(effective);
        if (done != null) {
            long late = ChronoUnit.DAYS.between(due, done);
            if (late > 0) {
                return new IndicatorEvaluation(
                        Status.ACHIEVED,
                        null,
                        null,
                        null,
                        null,
                        "done as of " + done + ", " + late + " days after the deadline " + due,
                        (int) late,
                        null);
            }
            return IndicatorEvaluation.only(Status.ACHIEVED, "done as of " + done + ", due by " + due);
        }
        if (on.isAfter(due) || period.isOver(on)) {
            return IndicatorEvaluation.only(Status.OFF_TRACK, "not done and due by " + due);
        }
        if (effective.isEmpty()) {
            return rules.unreported(period, on);
        }
        Report latest = effective.get(effective.size() - 1);
        if (rules.stale(latest, on)) {
            return rules.staleness(latest, on);
        }
        if (latest.saysImpossible()) {
            return IndicatorEvaluation.only(
                    Status.OFF_TRACK, "the reporter judges the deadline " + due + " impossible");
        }
        return IndicatorEvaluation.only(Status.ON_TRACK, "in progress, due by " + due);
    }

    /** The first report of the unbroken run of ACHIEVED answers that ends with the latest one; null if not done. */
    static LocalDate completedOn(List<Report> effective) {
        LocalDate done = null;
        for (int i = effective.size() - 1; i >= 0 && effective.get(i).saysAchieved(); i--) {
            done = effective.get(i).asOf();
        }
        return done;
    }
}
