package org.jixiao.monitoring.reports;

import java.time.LocalDate;
import org.jixiao.monitoring.reports.ReportFormat.FileName;

/** The names of the report workbooks and the line under their title saying what they are about. */
final class ReportFiles {
    static final String MONITORING = "绩效监控表";
    static final String SELF_EVALUATION = "绩效自评表";
    static final String UNIT_SUMMARY = "单位绩效监控汇总表";

    private ReportFiles() {}

    static String aboutProject(String name, long id, String unitCode, int fiscalYear, LocalDate asOf) {
        return "项目：" + name + "（编号 " + id + "）　单位：" + unitCode + "　年度：" + fiscalYear + "　截至：" + asOf;
    }

    static String aboutUnit(String unitCode, Integer fiscalYear, LocalDate asOf) {
        return "单位：" + unitCode + "　年度：" + (fiscalYear == null ? "全部" : fiscalYear) + "　截至：" + asOf;
    }

    static FileName monitoring(MonitoringReport report) {
        return project("monitoring", MONITORING, report.projectId(), report.asOf());
    }

    static FileName selfEvaluation(SelfEvaluationReport report) {
        return project("self-evaluation", SELF_EVALUATION, report.projectId(), report.asOf());
    }

    static FileName unitSummary(UnitSummaryReport report) {
        String code = FileName.safe(report.unitCode());
        return new FileName(
                "unit-" + code + "-" + report.asOf() + ".xlsx",
                UNIT_SUMMARY + "-" + code + "-" + report.asOf() + ".xlsx");
    }

    private static FileName project(String ascii, String display, long projectId, LocalDate asOf) {
        String suffix = "-" + projectId + "-" + asOf + ".xlsx";
        return new FileName(ascii + suffix, display + suffix);
    }
}
