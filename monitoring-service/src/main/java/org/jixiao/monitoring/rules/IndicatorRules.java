package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Deadlines;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetValue;

/**
 * The status of one indicator on one day (docs/rules.md): a pure function of the target, the reports, the project
 * period, the day and the thresholds. No I/O, so replaying the event log always gives the same answer. In order: no
 * report yet (NOT_DUE in the grace period, then NOT_REPORTED); deadlines; qualitative answers; numbers by measure
 * and direction. Met stays met; staleness only for what is not met; at the period end every status is final.
 */
public final class IndicatorRules {
    static final String FAR_ABOVE = "far above target: was it set too low?";
    private static final int SCALE = 4;

    private final RulesConfig config;

    public IndicatorRules(RulesConfig config) {
        this.config = config;
    }

    public IndicatorEvaluation evaluate(
            TargetValue target, List<Milestone> milestones, List<Report> reports, Period period, LocalDate on) {
        // The latest report inside the period is the final value.
        List<Report> effective = Reports.effective(reports, period.clamp(on));
        Report latest = effective.isEmpty() ? null : effective.get(effective.size() - 1);
        if (target.kind() == TargetKind.DEADLINE) {
            return DeadlineRule.evaluate(effective, dueDay(target, period), period, on, this);
        }
        if (latest == null) {
            return unreported(period, on);
        }
        if (!Reports.isNumeric(target)) {
            return QualitativeRule.evaluate(latest, period, on, this);
        }
        BigDecimal actual = Reports.numericValue(latest, target);
        if (actual == null) {
            return QualitativeRule.evaluate(latest, period, on, this);
        }
        return numeric(target, milestones, latest, actual, period, on);
    }

    /** The day a deadline target falls due in this period. */
    public static LocalDate dueDay(TargetValue target, Period period) {
        return Deadlines.due(target, period.start(), period.end());
    }

    IndicatorEvaluation unreported(Period period, LocalDate on) {
        if (period.isOver(on)) {
            return IndicatorEvaluation.only(Status.OFF_TRACK, "nothing reported in the period");
        }
        if (inGrace(period, on)) {
            return IndicatorEvaluation.only(Status.NOT_DUE, "first report due by " + graceEnd(period));
        }
        return IndicatorEvaluation.only(Status.NOT_REPORTED, "no report as of " + on);
    }

    /** Within the first reporting cadence from the later of the period start and the definition, nothing is due. */
    boolean inGrace(Period period, LocalDate on) {
        return on.isBefore(graceEnd(period));
    }

    private LocalDate graceEnd(Period period) {
        return period.reportingFrom().plusDays(config.reportingCadenceDays());
    }

    /** The latest report is older than the cadence allows. */
    boolean stale(Report latest, LocalDate on) {
        return ChronoUnit.DAYS.between(latest.asOf(), on) > config.reportingCadenceDays();
    }

    IndicatorEvaluation staleness(Report latest, LocalDate on) {
        return IndicatorEvaluation.only(
                Status.NOT_REPORTED,
                "latest report is as of " + latest.asOf() + ", more than " + config.reportingCadenceDays()
                        + " days before " + on);
    }

    private IndicatorEvaluation numeric(
            TargetValue target,
            List<Milestone> milestones,
            Report latest,
            BigDecimal actual,
            Period period,
            LocalDate on) {
        boolean cumulative = target.accumulation() == Accumulation.CUMULATIVE;
        boolean met = Measures.met(target, actual, config);
        BigDecimal forecast = Reports.forecast(latest, target, actual, period.timeProgress(on), cumulative);
        if (period.isOver(on)) {
            return yearEnd(target, actual, met, forecast);
        }
        boolean buildsUp = target.accumulation() != Accumulation.LEVEL;
        if (met && buildsUp && target.direction() != Direction.LOWER_BETTER) {
            // Met stays met: a count reached stays reached without further reports.
            return new IndicatorEvaluation(
                    Status.ACHIEVED,
                    actual,
                    target.value(),
                    ratio(actual, target.value()),
                    forecast,
                    "target " + target.raw() + " reached: " + plain(actual) + " as of " + latest.asOf());
        }
        if (stale(latest, on)) {
            return staleness(latest, on);
        }
        if (latest.saysImpossible()) {
            return new IndicatorEvaluation(
                    Status.OFF_TRACK,
                    actual,
                    null,
                    null,
                    forecast,
                    "the reporter judges the target impossible to reach");
        }
        return switch (target.direction()) {
            case LOWER_BETTER -> CapRule.evaluate(target, actual, forecast);
            case EXACT -> exact(target, milestones, actual, forecast, period, on);
            case HIGHER_BETTER -> higherBetter(target, milestones, actual, forecast, period, on);
        };
    }

    /** As of the period end: met or not, nothing in between. */
    private IndicatorEvaluation yearEnd(TargetValue target, BigDecimal actual, boolean met, BigDecimal forecast) {
        BigDecimal ratio = ratio(actual, target.value());
        String explanation = "final: " + plain(actual) + (met ? " meets " : " misses ") + target.raw();
        String note = met
                        && target.direction() == Direction.HIGHER_BETTER
                        && ratio != null
                        && ratio.compareTo(config.aheadFrom()) >= 0
                ? FAR_ABOVE
                : null;
        return new IndicatorEvaluation(
                met ? Status.ACHIEVED : Status.OFF_TRACK,
                actual,
                target.value(),
                ratio,
                forecast,
                explanation,
                null,
                note);
    }

    /** EXACT: met within the tolerance; never AHEAD, and beyond the target is as wrong as below it. */
    private IndicatorEvaluation exact(
            TargetValue target,
            List<Milestone> milestones,
            BigDecimal actual,
            BigDecimal forecast,
            Period period,
            LocalDate on) {
        BigDecimal expected = expected(target, milestones, period, on);
        BigDecimal ratio = ratio(actual, expected);
        Status status;
        if (expected.signum() == 0) {
            status = actual.signum() == 0 ? Status.ON_TRACK : Status.OFF_TRACK;
        } else {
            BigDecimal closeness = BigDecimal.ONE.subtract(Measures.deviation(expected, actual));
            boolean within = Measures.deviation(expected, actual).compareTo(config.exactTolerance()) <= 0;
            status = within ? Status.ON_TRACK : atMostOnTrack(byRatio(closeness));
        }
        return new IndicatorEvaluation(
                status,
                actual,
                expected,
                ratio,
                forecast,
                plain(actual) + " against exactly " + plain(expected) + " by " + on + " (target " + target.raw() + ")");
    }

    private IndicatorEvaluation higherBetter(
            TargetValue target,
            List<Milestone> milestones,
            BigDecimal actual,
            BigDecimal forecast,
            Period period,
            LocalDate on) {
        if (target.accumulation() == Accumulation.ONE_OFF) {
            return OneOffRule.evaluate(target, milestones, actual, forecast, on, this);
        }
        BigDecimal expected = expected(target, milestones, period, on);
        BigDecimal ratio = ratio(actual, expected);
        Status status;
        if (ratio == null) {
            status = Status.ON_TRACK;
        } else if (target.kind() == TargetKind.RATE) {
            status = byRateRatio(ratio);
        } else {
            status = byRatio(ratio);
        }
        String explanation =
                plain(actual) + " against " + plain(expected) + " expected by " + on + " (target " + target.raw() + ")";
        return new IndicatorEvaluation(status, actual, expected, ratio, forecast, explanation);
    }

    /** What is expected by {@code on}: for a cumulative target the plan so far, else the target itself. */
    private static BigDecimal expected(TargetValue target, List<Milestone> milestones, Period period, LocalDate on) {
        return target.accumulation() == Accumulation.CUMULATIVE
                ? expectedCumulative(target, milestones, period, on)
                : target.value();
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

    /** Rates are levels with narrow bands: 77% of ≥95% is far off, not "on track". */
    Status byRateRatio(BigDecimal ratio) {
        if (ratio.compareTo(config.rateOffTrackBelow()) < 0) {
            return Status.OFF_TRACK;
        }
        if (ratio.compareTo(config.rateAtRiskBelow()) < 0) {
            return Status.AT_RISK;
        }
        return ratio.compareTo(config.aheadFrom()) >= 0 ? Status.AHEAD : Status.ON_TRACK;
    }

    private static Status atMostOnTrack(Status status) {
        return status == Status.AHEAD ? Status.ON_TRACK : status;
    }

    static BigDecimal ratio(BigDecimal actual, BigDecimal expected) {
        return expected == null || expected.signum() == 0 ? null : actual.divide(expected, SCALE, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
