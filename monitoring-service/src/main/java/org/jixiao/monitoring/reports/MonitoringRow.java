package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.monitoring.readmodel.MonIndicator;

/** One indicator of the 绩效监控表. */
@Schema(description = "One indicator of the 绩效监控表; texts and figures of its effective report up to asOf")
public record MonitoringRow(
        long indicatorId,
        @Schema(description = "一级指标") String level1,
        @Schema(description = "二级指标") String level2,
        @Schema(description = "三级指标") String level3,

        @Schema(description = "年度指标值 as declared", examples = "≥17台")
        String target,

        @Schema(description = "the number of the target, null for qualitative ones")
        BigDecimal targetValue,

        @Schema(description = "unit of target, actual and forecast", examples = "台")
        String unit,

        @Schema(description = "the indicator's status, as GET /api/status/indicators/{id}")
        String status,

        @Schema(description = "date of the effective report")
        LocalDate reportAsOf,

        @Schema(description = "1-N月实际完成值 in the target's unit; null for qualitative targets")
        BigDecimal actual,

        @Schema(description = "the reported value; qualitative answers in words", examples = "8台")
        String actualText,

        @Schema(description = "全年预计完成值 in the target's unit")
        BigDecimal forecast,

        @Schema(description = "偏差原因: FUNDING, RULES, STAFF, EQUIPMENT or OTHER")
        String deviationCategory,

        @Schema(description = "偏差原因 in words", examples = "人员保障")
        String deviationCategoryLabel,

        @Schema(description = "说明: the reason in the reporter's words")
        String deviationReason,

        @Schema(description = "完成目标可能性: CERTAIN, LIKELY or IMPOSSIBLE")
        String likelihood,

        @Schema(description = "完成目标可能性 in words", examples = "有可能")
        String likelihoodLabel,

        @Schema(description = "纠偏措施") String correctiveAction) {

    static MonitoringRow of(MonIndicator indicator, ReportedFigures figures, String status) {
        return new MonitoringRow(
                indicator.id,
                indicator.level1,
                indicator.level2,
                indicator.name,
                indicator.target.raw(),
                indicator.target.value(),
                indicator.target.unit(),
                status,
                figures.reportAsOf(),
                figures.actual(),
                figures.actualText(),
                figures.forecast(),
                figures.deviationCategory(),
                ReportLabels.deviation(figures.deviationCategory()),
                figures.deviationReason(),
                figures.likelihood(),
                ReportLabels.likelihood(figures.likelihood()),
                figures.correctiveAction());
    }
}
