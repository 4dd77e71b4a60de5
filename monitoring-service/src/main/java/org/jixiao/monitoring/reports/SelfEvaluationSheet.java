package org.jixiao.monitoring.reports;

import java.util.List;

/** The 绩效自评表 as a worksheet: the budget execution's score, one row per indicator, then 总分 and 评价等级. */
final class SelfEvaluationSheet {
    static final List<String> BUDGET_HEADINGS = List.of("年度预算数（万元）", "执行数（万元）", "预算执行率", "分值", "得分");
    static final List<String> HEADINGS =
            List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "说明", "改进措施");

    private SelfEvaluationSheet() {}

    static byte[] write(SelfEvaluationReport report) {
        SheetBuilder sheet = new SheetBuilder(ReportFiles.SELF_EVALUATION, HEADINGS.size())
                .title(ReportFiles.SELF_EVALUATION)
                .subtitle(ReportFiles.aboutProject(
                        report.projectName(),
                        report.projectId(),
                        report.unitCode(),
                        report.fiscalYear(),
                        report.asOf()))
                .header(BUDGET_HEADINGS);
        sheet.line()
                .money(report.budgetTotal())
                .money(report.spent())
                .rate(report.executionRate())
                .points(report.executionPoints())
                .points(report.executionScore());
        sheet.blankLine().header(HEADINGS);
        for (SelfEvaluationRow row : report.indicators()) {
            sheet.line()
                    .text(row.level1())
                    .text(row.level2())
                    .text(row.level3())
                    .text(row.target())
                    .measured(row.actual(), row.unit(), row.actualText())
                    .points(row.points())
                    .points(row.score())
                    .text(row.deviationCategoryLabel())
                    .text(row.remarks())
                    .text(row.correctiveAction());
        }
        sheet.line()
                .caption("总分")
                .skip()
                .skip()
                .skip()
                .skip()
                .points(report.totalPoints())
                .points(report.score());
        sheet.line().caption("评价等级").skip().skip().skip().skip().skip().text(report.grade());
        return sheet.toBytes();
    }
}
