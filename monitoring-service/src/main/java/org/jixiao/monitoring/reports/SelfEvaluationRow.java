package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.rules.AnswerBand;
import org.jixiao.monitoring.rules.ScoreRules;

/** One indicator of the 绩效自评表. */
@Schema(description = "One indicator of the 绩效自评表")
public record SelfEvaluationRow(
        long indicatorId,
        @Schema(description = "一级指标") String level1,
        @Schema(description = "二级指标") String level2,
        @Schema(description = "三级指标") String level3,

        @Schema(description = "年度指标值 as declared", examples = "≥17台")
        String target,

        @Schema(description = "the number of the target, null for qualitative ones")
        BigDecimal targetValue,

        @Schema(description = "unit of target and actual", examples = "台")
        String unit,

        @Schema(description = "实际完成值 in the target's unit; null for qualitative targets")
        BigDecimal actual,

        @Schema(description = "the reported value; qualitative answers in words", examples = "8台")
        String actualText,

        @Schema(description = "分值: the points the indicator can earn (2 decimals)")
        BigDecimal points,

        @Schema(description = "得分: the points it earned (2 decimals)")
        BigDecimal score,

        @Schema(description = "偏差原因: FUNDING, RULES, STAFF, EQUIPMENT or OTHER")
        String deviationCategory,

        @Schema(description = "偏差原因 in words", examples = "人员保障")
        String deviationCategoryLabel,

        @Schema(description = "说明: the reason in the reporter's words")
        String deviationReason,

        @Schema(description = "改进措施 (纠偏措施)") String correctiveAction,

        @Schema(
                description = "评分认定: why an admin set this qualitative indicator's score within its answer's band;"
                        + " null while the band's default share applies")
        String scoreAssessment) {

    static SelfEvaluationRow of(MonIndicator indicator, ReportedFigures figures, ScoreRules.Points points) {
        return new SelfEvaluationRow(
                indicator.id,
                indicator.level1,
                indicator.level2,
                indicator.name,
                indicator.target.raw(),
                indicator.target.value(),
                indicator.target.unit(),
                figures.actual(),
                figures.actualText(),
                SelfEvaluationReport.points(points.available()),
                SelfEvaluationReport.points(points.earned()),
                figures.deviationCategory(),
                ReportLabels.deviation(figures.deviationCategory()),
                figures.deviationReason(),
                figures.correctiveAction(),
                figures.report() != null && AnswerBand.applies(figures.report().value, indicator.assessedShare)
                        ? indicator.assessmentReason
                        : null);
    }

    /** 说明 in the sheet: the reporter's reason, then the admin's reason for the score, if any. */
    String remarks() {
        if (scoreAssessment == null) {
            return deviationReason;
        }
        String assessment = "评分认定：" + scoreAssessment;
        return deviationReason == null ? assessment : deviationReason + "；" + assessment;
    }
}
