package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/reports/units/{code}}: every project of a unit with status, amounts, warning and score. */
@Schema(description = "Summary of a unit's projects; status and warning roll up as GET /api/status/units/{code}")
public record UnitSummaryReport(
        String unitCode,

        @Schema(description = "the fiscal year asked for, else the year of asOf (or of today)")
        Integer fiscalYear,

        LocalDate asOf,
        String status,
        String warning,
        @Schema(description = "合计 预算数 (万元)") BigDecimal budgetTotal,
        @Schema(description = "合计 执行数 (万元)") BigDecimal spent,

        @Schema(description = "合计 执行率: total spent ÷ total budget")
        BigDecimal executionRate,

        List<UnitSummaryRow> projects) {

    static UnitSummaryReport of(
            String unitCode,
            Integer fiscalYear,
            LocalDate asOf,
            String status,
            String warning,
            List<UnitSummaryRow> projects) {
        BigDecimal budget = projects.stream().map(UnitSummaryRow::budgetTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = projects.stream().map(UnitSummaryRow::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        // The same scale and rounding as a project's execution rate (ProjectRules).
        BigDecimal rate = budget.signum() == 0 ? null : spent.divide(budget, 4, RoundingMode.HALF_UP);
        return new UnitSummaryReport(unitCode, fiscalYear, asOf, status, warning, budget, spent, rate, projects);
    }
}
