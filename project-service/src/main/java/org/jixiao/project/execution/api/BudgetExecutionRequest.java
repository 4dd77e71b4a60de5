package org.jixiao.project.execution.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.project.execution.Spending;

@Schema(description = "Cumulative spending of the project as of a date, in 万元")
public record BudgetExecutionRequest(
        @Schema(examples = "2025-06-30") LocalDate asOf,
        @Schema(examples = "5.50") BigDecimal spent) {
    Spending toSpending() {
        return new Spending(asOf, spent);
    }
}
