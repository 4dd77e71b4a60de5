package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.monitoring.reports.ReportFixtures.HALF_WAY;
import static org.jixiao.monitoring.reports.ReportFixtures.PERIOD;
import static org.jixiao.monitoring.reports.ReportFixtures.deviating;
import static org.jixiao.monitoring.reports.ReportFixtures.facts;
import static org.jixiao.monitoring.reports.ReportFixtures.indicator;
import static org.jixiao.monitoring.reports.ReportFixtures.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.ScoreRules;
import org.junit.jupiter.api.Test;

class ReportRowsTest {
    final MonIndicator rate = indicator("产出指标", "质量指标", "验收合格率", "≥95%");

    ReportedFigures deviated() {
        ProgressReport report = deviating(report(HALF_WAY, "88%"), "EQUIPMENT", "检测设备老化", "更换检测设备");
        report.likelihood = "CERTAIN";
        return ReportedFigures.of(facts(rate, report), PERIOD, HALF_WAY);
    }

    @Test
    void monitoringRowCarriesTheIndicatorTheFiguresAndTheWords() {
        MonitoringRow row = MonitoringRow.of(rate, deviated(), "ON_TRACK");
        assertThat(row.level1()).isEqualTo("产出指标");
        assertThat(row.level2()).isEqualTo("质量指标");
        assertThat(row.level3()).isEqualTo("验收合格率");
        assertThat(row.target()).isEqualTo("≥95%");
        assertThat(row.targetValue()).isEqualByComparingTo("95");
        assertThat(row.unit()).isEqualTo("%");
        assertThat(row.actual()).isEqualByComparingTo("88");
        assertThat(row.forecast()).isEqualByComparingTo("88");
        assertThat(row.deviationCategory()).isEqualTo("EQUIPMENT");
        assertThat(row.deviationCategoryLabel()).isEqualTo("硬件条件保障");
        assertThat(row.deviationReason()).isEqualTo("检测设备老化");
        assertThat(row.likelihoodLabel()).isEqualTo("确定能");
        assertThat(row.correctiveAction()).isEqualTo("更换检测设备");
        assertThat(row.status()).isEqualTo("ON_TRACK");
    }

    @Test
    void unreportedIndicatorHasAnEmptyRow() {
        MonitoringRow row = MonitoringRow.of(rate, ReportedFigures.NONE, "NOT_REPORTED");
        assertThat(row.actual()).isNull();
        assertThat(row.actualText()).isNull();
        assertThat(row.deviationCategoryLabel()).isNull();
        assertThat(row.likelihoodLabel()).isNull();
    }

    @Test
    void selfEvaluationRowShowsPointsToTwoDecimals() {
        ScoreRules.Points points = new ScoreRules.Points(new BigDecimal("16.666667"), new BigDecimal("15.438596"));
        SelfEvaluationRow row = SelfEvaluationRow.of(rate, deviated(), points);
        assertThat(row.points()).isEqualTo(new BigDecimal("16.67"));
        assertThat(row.score()).isEqualTo(new BigDecimal("15.44"));
        assertThat(row.actual()).isEqualByComparingTo("88");
        assertThat(row.deviationCategoryLabel()).isEqualTo("硬件条件保障");
        assertThat(row.correctiveAction()).isEqualTo("更换检测设备");
    }

    @Test
    void monitoringTableCoversMonthsOfTheFiscalYear() {
        assertThat(MonitoringReport.throughMonth(LocalDate.of(2025, 6, 30), 2025))
                .isEqualTo(6);
        assertThat(MonitoringReport.throughMonth(LocalDate.of(2026, 1, 15), 2025))
                .isEqualTo(12);
    }

    @Test
    void unitTotalsAddTheProjectsAndRateThemLikeAProject() {
        List<UnitSummaryRow> rows = List.of(
                new UnitSummaryRow(
                        1,
                        "甲",
                        2025,
                        HALF_WAY,
                        "ON_TRACK",
                        new BigDecimal("100"),
                        new BigDecimal("45"),
                        new BigDecimal("0.45"),
                        "GREEN",
                        new BigDecimal("60"),
                        "中"),
                new UnitSummaryRow(
                        2,
                        "乙",
                        2025,
                        HALF_WAY,
                        "OFF_TRACK",
                        new BigDecimal("200"),
                        new BigDecimal("20"),
                        new BigDecimal("0.1"),
                        "RED",
                        new BigDecimal("20"),
                        "差"));
        UnitSummaryReport report = UnitSummaryReport.of("573301", 2025, HALF_WAY, "OFF_TRACK", "RED", rows);
        assertThat(report.budgetTotal()).isEqualByComparingTo("300");
        assertThat(report.spent()).isEqualByComparingTo("65");
        assertThat(report.executionRate()).isEqualTo(new BigDecimal("0.2167"));
    }
}
