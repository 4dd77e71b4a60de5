package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetValue;

/**
 * The share (0…1) of an indicator's points it earns in the self-evaluation (10号 第十七条; docs/rules.md, "Score"):
 * {@link #asThingsStand} from the latest report in the period, {@link #projected} if the indicator ends the year at
 * its forecast. Numbers earn by {@link Measures#share}; qualitative answers the configured share of their band; a
 * deadline done late the late share; nothing reported nothing.
 */
public final class EarnedShare {
    private final RulesConfig config;
    private final IndicatorRules rules;

    public EarnedShare(RulesConfig config) {
        this.config = config;
        this.rules = new IndicatorRules(config);
    }

    /**
     * {@code assessed}: the share an admin set for the indicator's qualitative answer, which counts while it lies in
     * the band of the latest answer (null: none).
     */
    public BigDecimal asThingsStand(
            TargetValue target, List<Report> reports, BigDecimal assessed, Period period, LocalDate on) {
        List<Report> effective = Reports.effective(reports, period.clamp(on));
        if (effective.isEmpty()) {
            return BigDecimal.ZERO;
        }
        Report latest = effective.get(effective.size() - 1);
        if (target.kind() == TargetKind.DEADLINE) {
            LocalDate done = DeadlineRule.completedOn(effective);
            if (done == null) {
                return answer(latest.value(), null);
            }
            return done.isAfter(IndicatorRules.dueDay(target, period)) ? config.lateShare() : config.achievedShare();
        }
        BigDecimal actual = Reports.isNumeric(target) ? Reports.numericValue(latest, target) : null;
        return actual == null ? answer(latest.value(), assessed) : Measures.share(target, actual, config);
    }

    /**
     * The share at year end if every figure ends at its forecast: a number at its reported forecast (else straight
     * on for a cumulative one, as it stands for a level, delivered for a one-off); a deadline not done yet on time
     * if its day is still ahead, late if it has passed; an answer as it stands. An indicator still in its grace
     * period is assumed to go to plan; one overdue without a report earns nothing.
     */
    public BigDecimal projected(
            TargetValue target, List<Report> reports, BigDecimal assessed, Period period, LocalDate on) {
        List<Report> effective = Reports.effective(reports, period.clamp(on));
        if (period.isOver(on)) {
            return asThingsStand(target, reports, assessed, period, on);
        }
        if (effective.isEmpty()) {
            boolean graceOrDue = rules.inGrace(period, on)
                    || target.kind() == TargetKind.DEADLINE && !on.isAfter(IndicatorRules.dueDay(target, period));
            return graceOrDue ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        Report latest = effective.get(effective.size() - 1);
        if (target.kind() == TargetKind.DEADLINE) {
            if (DeadlineRule.completedOn(effective) != null) {
                return asThingsStand(target, reports, assessed, period, on);
            }
            if (latest.saysImpossible()) {
                return config.notAchievedShare();
            }
            return on.isAfter(IndicatorRules.dueDay(target, period)) ? config.lateShare() : config.achievedShare();
        }
        BigDecimal actual = Reports.isNumeric(target) ? Reports.numericValue(latest, target) : null;
        if (actual == null) {
            return answer(latest.value(), assessed);
        }
        if (target.accumulation() == Accumulation.ONE_OFF && latest.forecast() == null && !latest.saysImpossible()) {
            return BigDecimal.ONE;
        }
        BigDecimal forecast = Reports.forecast(
                latest, target, actual, period.timeProgress(on), target.accumulation() == Accumulation.CUMULATIVE);
        return Measures.share(target, forecast == null ? actual : forecast, config);
    }

    /** A budget execution rate projected to the year end: straight on, capped at 1; during the grace, the plan. */
    public BigDecimal projectedExecution(BigDecimal executionRate, Period period, LocalDate on) {
        if (executionRate == null || period.isOver(on)) {
            return executionRate;
        }
        BigDecimal progress = period.timeProgress(on);
        if (progress.signum() == 0
                || !on.isAfter(period.start().plus(config.budgetWarningFrom()).minusDays(1))) {
            return BigDecimal.ONE;
        }
        return executionRate.divide(progress, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }

    /** An answer's share: the admin's assessment while it lies in the answer's band, else the band's default. */
    private BigDecimal answer(String value, BigDecimal assessed) {
        if (AnswerBand.applies(value, assessed)) {
            return assessed;
        }
        return switch (value) {
            case Report.ACHIEVED -> config.achievedShare();
            case Report.PARTLY_ACHIEVED -> config.partlyAchievedShare();
            case Report.NOT_ACHIEVED -> config.notAchievedShare();
            default -> BigDecimal.ZERO;
        };
    }
}
