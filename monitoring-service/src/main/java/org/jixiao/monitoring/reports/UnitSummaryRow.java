package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.status.ProjectStatusView;

/** One project of a unit summary: its status view with the amounts behind the execution rate. */
@Schema(description = "One project of the unit summary")
public record UnitSummaryRow(
        long projectId,
        String name,
        int fiscalYear,

        @Schema(description = "the day the project was evaluated on (asOf, or today within its period)")
        LocalDate asOf,

        String status,
        @Schema(description = "预算数 (万元)") BigDecimal budgetTotal,
        @Schema(description = "执行数 (万元)") BigDecimal spent,
        BigDecimal executionRate,
        String warning,
        BigDecimal score,
        String grade) {

    static UnitSummaryRow of(MonProject project, ProjectStatusView status, BigDecimal spent) {
        return new UnitSummaryRow(
                project.id,
                project.name,
                project.fiscalYear,
                status.asOf(),
                status.status().name(),
                project.budgetTotal,
                spent,
                status.executionRate(),
                status.warning().name(),
                status.score(),
                status.grade());
    }
}
