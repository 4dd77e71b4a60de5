package org.jixiao.project.projects.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.project.projects.ProjectFields;

@Schema(description = "A project (项目) with its budget, purpose and goals")
public record ProjectRequest(
        @Schema(examples = "573301") String unitCode,
        @Schema(examples = "2025") Integer fiscalYear,
        @Schema(examples = "2025年信息化运维项目") String name,
        BudgetDto budget,
        @Schema(description = "资金用途") String purpose,

        @Schema(description = "绩效目标, one entry per numbered goal")
        List<String> goals,

        @Schema(description = "defaults to 1 January of the fiscal year")
        LocalDate periodStart,

        @Schema(description = "defaults to 31 December of the fiscal year")
        LocalDate periodEnd) {
    ProjectFields toFields() {
        return new ProjectFields(
                unitCode,
                fiscalYear,
                name,
                budget == null ? null : budget.toBudget(),
                purpose,
                goals,
                periodStart,
                periodEnd);
    }
}
