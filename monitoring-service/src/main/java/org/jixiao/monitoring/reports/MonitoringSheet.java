package org.jixiao.monitoring.reports;

import java.util.List;

/** The 绩效监控表 as a worksheet: budget execution on top, then one row per indicator with the official columns. */
final class MonitoringSheet {
    static final List<String> BUDGET_HEADINGS = List.of("年度预算数（万元）", "执行数（万元）", "执行率");

    private MonitoringSheet() {}

    static List<String> headings(int throughMonth) {
        return List.of(
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "1-" + throughMonth + "月实际完成值",
                "全年预计完成值",
                "偏差原因",
                "说明",
                "完成目标可能性",
                "纠偏措施");
    }

    static byte[] write(MonitoringReport report) {
        List<String> headings = headings(report.throughMonth());
        SheetBuilder sheet = new SheetBuilder(ReportFiles.MONITORING, headings.size())
                .title(ReportFiles.MONITORING)
                .subtitle(ReportFiles.aboutProject(
                        report.projectName(),
                        report.projectId(),
                        report.unitCode(),
                        report.fiscalYear(),
                        report.asOf()))
                .header(BUDGET_HEADINGS);
        sheet.line().money(report.budgetTotal()).money(report.spent()).rate(report.executionRate());
        sheet.blankLine().header(headings);
        for (MonitoringRow row : report.indicators()) {
            sheet.line()
                    .text(row.level1())
                    .text(row.level2())
                    .text(row.level3())
                    .text(row.target())
                    .measured(row.actual(), row.unit(), row.actualText())
                    .number(row.forecast(), row.unit())
                    .text(row.deviationCategoryLabel())
                    .text(row.deviationReason())
                    .text(row.likelihoodLabel())
                    .text(row.correctiveAction());
        }
        return sheet.toBytes();
    }
}
