package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/reports/projects/{id}/monitoring}: the 绩效监控表 of a project as of a day. */
@Schema(description = "绩效监控表 (项目支出绩效目标执行监控表) of a project as of a day; amounts in 万元")
public record MonitoringReport(
        long projectId,
        String projectName,
        String unitCode,
        int fiscalYear,
        LocalDate asOf,

        @Schema(description = "N of the 1-N月实际完成值 column: the month of asOf (12 after the fiscal year)")
        int throughMonth,

        @Schema(description = "年度预算数 (万元)") BigDecimal budgetTotal,

        @Schema(description = "执行数 (万元): cumulative spending posted up to asOf")
        BigDecimal spent,

        @Schema(description = "执行率: spent ÷ budget, as GET /api/status/projects/{id}")
        BigDecimal executionRate,

        List<MonitoringRow> indicators) {

    /** The N of 1-N月: months of the fiscal year covered by {@code on}. */
    static int throughMonth(LocalDate on, int fiscalYear) {
        return on.getYear() > fiscalYear ? 12 : on.getMonthValue();
    }
}
