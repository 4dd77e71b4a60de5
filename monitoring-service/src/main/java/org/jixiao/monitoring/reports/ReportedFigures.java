package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.Period;
import org.jixiao.monitoring.rules.Report;
import org.jixiao.monitoring.rules.Reports;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.TargetValue;

/**
 * What an indicator's row shows as of a day: the effective report (the latest one up to the day that no correction
 * replaced) and the figures the status rules read from it, through the same functions.
 *
 * @param report the effective report, null when nothing was reported up to the day
 * @param actual 1-N月实际完成值 in the target's unit, null when the target is not a number
 * @param actualText the value as reported, qualitative answers in words (达成, 部分达成, 未达成)
 * @param forecast 全年预计完成值 in the target's unit: the reported forecast, else the rules' extrapolation
 */
record ReportedFigures(ProgressReport report, BigDecimal actual, String actualText, BigDecimal forecast) {
    static final ReportedFigures NONE = new ReportedFigures(null, null, null, null);

    static ReportedFigures of(IndicatorFacts facts, Period period, LocalDate on) {
        Report latest = Reports.latestEffective(facts.forRules(), period.clamp(on));
        if (latest == null) {
            return NONE;
        }
        ProgressReport report = facts.reports().stream()
                .filter(r -> r.id.equals(latest.id()))
                .findFirst()
                .orElseThrow();
        TargetValue target = facts.indicator().target;
        BigDecimal actual = Reports.isNumeric(target) ? Reports.numericValue(latest, target) : null;
        BigDecimal forecast = actual == null
                ? null
                : Reports.forecast(
                        latest,
                        target,
                        actual,
                        period.timeProgress(on),
                        target.accumulation() == Accumulation.CUMULATIVE);
        // A ONE_OFF is forecast as it stands, like a level: the rules do the same.
        return new ReportedFigures(report, actual, ReportLabels.answer(report.value), forecast);
    }

    String deviationCategory() {
        return report == null ? null : report.deviationCategory;
    }

    String deviationReason() {
        return report == null ? null : report.deviationReason;
    }

    String likelihood() {
        return report == null ? null : report.likelihood;
    }

    String correctiveAction() {
        return report == null ? null : report.correctiveAction;
    }

    LocalDate reportAsOf() {
        return report == null ? null : report.asOf;
    }
}
