package org.jixiao.project.execution.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jixiao.project.execution.ExecutionPoint;
import org.jixiao.project.rules.Money;

/** One posting of cumulative spending, with the execution rate (spent ÷ 预算数) it gives. */
public record BudgetExecutionResponse(long projectId, LocalDate asOf, BigDecimal spent, BigDecimal executionRate) {
    static BudgetExecutionResponse of(ExecutionPoint point) {
        return new BudgetExecutionResponse(
                point.projectId(), point.asOf(), Money.display(point.spent()), point.executionRate());
    }
}
