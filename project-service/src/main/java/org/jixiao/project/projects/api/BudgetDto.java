package org.jixiao.project.projects.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.project.projects.ProjectBudget;

@Schema(description = "Budget in 万元: 预算数 = 财政资金 + 其他资金")
public record BudgetDto(
        @Schema(examples = "11.00", description = "预算数") BigDecimal total,
        @Schema(examples = "11.00", description = "其中：财政资金") BigDecimal fiscal,

        @Schema(examples = "0", description = "其他资金; blank means 0")
        BigDecimal other) {
    ProjectBudget toBudget() {
        return new ProjectBudget(total, fiscal, other);
    }
}
