package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Project roll-up (docs/rules.md): the status is the most severe of its indicators'; the warning compares the execution
 * rate with the time progress (双监控). Pure: no I/O.
 */
public final class ProjectRules {
    private final RulesConfig config;

    public ProjectRules(RulesConfig config) {
        this.config = config;
    }

    public ProjectEvaluation evaluate(
            Collection<Status> indicatorStatuses, BigDecimal budget, BigDecimal spent, Period period, LocalDate on) {
        Status status = indicatorStatuses.stream().reduce(null, Status::worst);
        BigDecimal timeProgress = period.timeProgress(on);
        BigDecimal executionRate = budget == null || budget.signum() == 0
                ? null
                : (spent == null ? BigDecimal.ZERO : spent).divide(budget, 4, RoundingMode.HALF_UP);
        return new ProjectEvaluation(
                status == null ? Status.NO_TARGET : status,
                early(period, on) ? Warning.NONE : warning(executionRate, timeProgress),
                timeProgress,
                executionRate);
    }

    /** Too early in the period to judge the pace of spending (0 spent on 10 January is no warning sign). */
    private boolean early(Period period, LocalDate on) {
        return on.isBefore(period.start().plus(config.budgetWarningFrom()));
    }

    Warning warning(BigDecimal executionRate, BigDecimal timeProgress) {
        if (executionRate == null || timeProgress.signum() == 0) {
            return Warning.GREEN;
        }
        BigDecimal pace = executionRate.divide(timeProgress, 4, RoundingMode.HALF_UP);
        if (pace.compareTo(config.budgetRedBelow()) < 0) {
            return Warning.RED;
        }
        if (pace.compareTo(config.budgetYellowBelow()) < 0) {
            return Warning.YELLOW;
        }
        return Warning.GREEN;
    }
}
