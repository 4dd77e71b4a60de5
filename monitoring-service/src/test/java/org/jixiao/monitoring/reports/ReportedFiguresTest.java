package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.monitoring.reports.ReportFixtures.HALF_WAY;
import static org.jixiao.monitoring.reports.ReportFixtures.PERIOD;
import static org.jixiao.monitoring.reports.ReportFixtures.deviating;
import static org.jixiao.monitoring.reports.ReportFixtures.facts;
import static org.jixiao.monitoring.reports.ReportFixtures.indicator;
import static org.jixiao.monitoring.reports.ReportFixtures.report;

import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.junit.jupiter.api.Test;

class ReportedFiguresTest {
    final MonIndicator devices = indicator("产出指标", "数量指标", "新增设备", "≥17台");

    @Test
    void aCorrectionReplacesTheReportItCorrectsWithAllItsTexts() {
        ProgressReport early = deviating(report(HALF_WAY.minusDays(9), "6台"), "FUNDING", "资金未到位", "催拨资金");
        ProgressReport wrong = deviating(report(HALF_WAY, "12台"), "FUNDING", "资金未到位", "催拨资金");
        wrong.forecast = "20台";
        // The correction says the figure was as of the day before: only the correction rule, not "latest wins", picks
        // it.
        ProgressReport correction = deviating(report(HALF_WAY.minusDays(1), "8台"), "STAFF", "安装人员不足", "增派人员");
        correction.corrects = wrong.id;
        correction.forecast = "16台";
        correction.likelihood = "LIKELY";
        IndicatorFacts facts = facts(devices, early, wrong, correction);

        ReportedFigures figures = ReportedFigures.of(facts, PERIOD, HALF_WAY);

        assertThat(figures.report()).isSameAs(correction);
        assertThat(figures.actual()).isEqualByComparingTo("8");
        assertThat(figures.actualText()).isEqualTo("8台");
        assertThat(figures.forecast()).isEqualByComparingTo("16");
        assertThat(figures.deviationCategory()).isEqualTo("STAFF");
        assertThat(figures.likelihood()).isEqualTo("LIKELY");
        assertThat(figures.correctiveAction()).isEqualTo("增派人员");
        assertThat(figures.reportAsOf()).isEqualTo(HALF_WAY.minusDays(1));
    }

    @Test
    void reportsAfterTheDayAreNotYetKnownAndCumulativeTargetsAreExtrapolated() {
        ProgressReport early = report(HALF_WAY.minusDays(10), "6台");
        IndicatorFacts facts = facts(devices, early, report(HALF_WAY, "8台"));

        ReportedFigures figures = ReportedFigures.of(facts, PERIOD, HALF_WAY.minusDays(10));

        assertThat(figures.report()).isSameAs(early);
        // day 90 of 200: 6 ÷ 0.45 = 13.3333 by the end of the period
        assertThat(figures.forecast()).isEqualByComparingTo("13.3333");
    }

    @Test
    void valuesAreShownInTheTargetsUnit() {
        MonIndicator visits = indicator("产出指标", "数量指标", "访问量", "≥39万次");
        ReportedFigures figures = ReportedFigures.of(facts(visits, report(HALF_WAY, "200000次")), PERIOD, HALF_WAY);
        assertThat(figures.actual()).isEqualByComparingTo("20");
        assertThat(figures.actualText()).isEqualTo("200000次");
        assertThat(figures.forecast()).isEqualByComparingTo("40");
    }

    @Test
    void aLevelWithoutReportedForecastIsForecastAtItsActual() {
        MonIndicator rate = indicator("产出指标", "质量指标", "验收合格率", "≥95%");
        ReportedFigures figures = ReportedFigures.of(facts(rate, report(HALF_WAY, "88%")), PERIOD, HALF_WAY);
        assertThat(figures.actual()).isEqualByComparingTo("88");
        assertThat(figures.forecast()).isEqualByComparingTo("88");
    }

    @Test
    void qualitativeAnswersHaveWordsButNoFigures() {
        MonIndicator quality = indicator("效益指标", "社会效益指标", "服务水平", "显著提高");
        ReportedFigures figures =
                ReportedFigures.of(facts(quality, report(HALF_WAY, "PARTLY_ACHIEVED")), PERIOD, HALF_WAY);
        assertThat(figures.actual()).isNull();
        assertThat(figures.forecast()).isNull();
        assertThat(figures.actualText()).isEqualTo("部分达成");
    }

    @Test
    void nothingReportedShowsNothing() {
        assertThat(ReportedFigures.of(facts(devices), PERIOD, HALF_WAY)).isEqualTo(ReportedFigures.NONE);
    }
}
