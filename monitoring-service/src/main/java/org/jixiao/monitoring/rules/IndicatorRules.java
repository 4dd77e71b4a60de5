package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetValue;

/**
 * The status of one indicator on one day (docs/rules.md): a pure function of the target, the reports, the project
 * period, the day and the thresholds. No I/O, so replaying the event log always gives the same answer.
 */
public final class IndicatorRules {
    private static final int SCALE = 4;

    private final RulesConfig config;

    public IndicatorRules(RulesConfig config) {
        this.config = config;
    }

    public IndicatorEvaluation evaluate(
            TargetValue target, List<Milestone> milestones, List<Report> reports, Period period, LocalDate on) {
        Report latest = Reports.latestEffective(reports, on);
        if (latest == null) {
            return new IndicatorEvaluation(Status.NOT_REPORTED, null, null, null, null, "no report as of " + on);
        }
        if (Report.IMPOSSIBLE.equals(latest.likelihood())) {
            return new IndicatorEvaluation(
                    Status.OFF_TRACK, null, null, null, null, "the reporter judges the target impossible to reach");
        }
        if (ChronoUnit.DAYS.between(latest.asOf(), on) > config.reportingCadenceDays()) {
            return new IndicatorEvaluation(
                    Status.NOT_REPORTED,
                    null,
                    null,
                    null,
                    null,
                    "latest report is as of " + latest.asOf() + ", more than " + config.reportingCadenceDays()
                            + " days before " + on);
        }
        if (target.kind() == TargetKind.DEADLINE) {
            return DeadlineRule.evaluate(target, latest, period, on);
        }
        if (target.kind() == TargetKind.QUALITATIVE
                || target.kind() == TargetKind.SERVICE_LEVEL
                || target.value() == null) {
            return QualitativeRule.evaluate(latest);
        }
        BigDecimal actual = Reports.numericValue(latest, target);
        if (actual == null) {
            return QualitativeRule.evaluate(latest);
        }
        return target.direction() == Direction.LOWER_BETTER
                ? lowerBetter(target, actual, period, on)
                : higherBetter(target, milestones, latest, actual, period, on);
    }

    private IndicatorEvaluation lowerBetter(TargetValue target, BigDecimal actual, Period period, LocalDate on) {
        boolean met = actual.compareTo(target.value()) <= 0;
        Status status = met ? (period.isOver(on) ? Status.ACHIEVED : Status.ON_TRACK) : Status.OFF_TRACK;
        String explanation = plain(actual) + (met ? " is within " : " exceeds ") + target.raw();
        return new IndicatorEvaluation(status, actual, target.value(), null, null, explanation);
    }

    private IndicatorEvaluation higherBetter(
            TargetValue target,
            List<Milestone> milestones,
            Report latest,
            BigDecimal actual,
            Period period,
            LocalDate on) {
        boolean cumulative = target.accumulation() == Accumulation.CUMULATIVE;
        BigDecimal expected = cumulative ? expectedCumulative(target, milestones, period, on) : target.value();
        BigDecimal ratio = expected.signum() == 0 ? null : actual.divide(expected, SCALE, RoundingMode.HALF_UP);
        BigDecimal forecast = Reports.forecast(latest, target, actual, period.timeProgress(on), cumulative);
        boolean annualMet = actual.compareTo(target.value()) >= 0;
        Status status;
        if (annualMet && (cumulative || period.isOver(on))) {
            status = Status.ACHIEVED;
        } else if (ratio == null) {
            status = Status.ON_TRACK;
        } else {
            status = byRatio(ratio);
        }
        String explanation =
                plain(actual) + " against " + plain(expected) + " expected by " + on + " (target " + target.raw() + ")";
        return new IndicatorEvaluation(status, actual, expected, ratio, forecast, explanation);
    }

    /** The planned value by {@code on}: the latest milestone reached, else the target in proportion to time. */
    static BigDecimal expectedCumulative(TargetValue target, List<Milestone> milestones, Period period, LocalDate on) {
        if (milestones != null && !milestones.isEmpty()) {
            return milestones.stream()
                    .filter(m -> !m.asOf().isAfter(on))
                    .reduce((a, b) -> b)
                    .map(Milestone::planned)
                    .orElse(BigDecimal.ZERO);
        }
        return target.value().multiply(period.timeProgress(on)).setScale(SCALE, RoundingMode.HALF_UP);
    }

    Status byRatio(BigDecimal ratio) {
        if (ratio.compareTo(config.offTrackBelow()) < 0) {
            return Status.OFF_TRACK;
        }
        if (ratio.compareTo(config.atRiskBelow()) < 0) {
            return Status.AT_RISK;
        }
        if (ratio.compareTo(config.aheadFrom()) >= 0) {
            return Status.AHEAD;
        }
        return Status.ON_TRACK;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
