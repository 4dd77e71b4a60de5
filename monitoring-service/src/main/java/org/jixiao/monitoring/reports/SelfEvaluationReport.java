package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/reports/projects/{id}/self-evaluation}: the 绩效自评表 of a project as of a day. */
@Schema(
        description = "绩效自评表 (项目支出绩效自评表) of a project as of a day. score and grade equal those of "
                + "GET /api/status/projects/{id}; the parts are shown to 2 decimals and the total is summed before "
                + "rounding, so the shown parts may differ from it by a cent.")
public record SelfEvaluationReport(
        long projectId,
        String projectName,
        String unitCode,
        int fiscalYear,
        LocalDate asOf,
        @Schema(description = "年度预算数 (万元)") BigDecimal budgetTotal,
        @Schema(description = "执行数 (万元)") BigDecimal spent,
        @Schema(description = "预算执行率") BigDecimal executionRate,

        @Schema(description = "分值 of the budget execution rate")
        BigDecimal executionPoints,

        @Schema(description = "得分 of the budget execution rate")
        BigDecimal executionScore,

        List<SelfEvaluationRow> indicators,

        @Schema(description = "分值 of all parts together (100 when every 一级指标 has indicators)")
        BigDecimal totalPoints,

        @Schema(description = "总分") BigDecimal score,
        @Schema(description = "优, 良, 中 or 差") String grade) {

    /** Points as the table shows them. */
    static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
