package org.jixiao.monitoring.reports;

import java.util.List;

/** A unit's summary as a worksheet: one row per project, then the 合计 of the amounts. */
final class UnitSummarySheet {
    static final List<String> HEADINGS =
            List.of("项目编号", "项目名称", "年度", "状态", "预算数（万元）", "执行数（万元）", "执行率", "预警", "得分", "等级");

    private UnitSummarySheet() {}

    static byte[] write(UnitSummaryReport report) {
        SheetBuilder sheet = new SheetBuilder(ReportFiles.UNIT_SUMMARY, HEADINGS.size())
                .title(ReportFiles.UNIT_SUMMARY)
                .subtitle(ReportFiles.aboutUnit(report.unitCode(), report.fiscalYear(), report.asOf())
                        + "　状态：" + ReportLabels.status(report.status())
                        + "　预警：" + ReportLabels.warning(report.warning()))
                .header(HEADINGS);
        for (UnitSummaryRow row : report.projects()) {
            sheet.line()
                    .whole(row.projectId())
                    .text(row.name())
                    .whole(row.fiscalYear())
                    .text(ReportLabels.status(row.status()))
                    .money(row.budgetTotal())
                    .money(row.spent())
                    .rate(row.executionRate())
                    .text(ReportLabels.warning(row.warning()))
                    .points(row.score())
                    .text(row.grade());
        }
        sheet.line()
                .caption("合计")
                .skip()
                .skip()
                .skip()
                .money(report.budgetTotal())
                .money(report.spent())
                .rate(report.executionRate());
        return sheet.toBytes();
    }
}
