package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    @Test
    void deviationCategoriesReadAsTheOfficialReasons() {
        assertThat(ReportLabels.deviation("FUNDING")).isEqualTo("经费保障");
        assertThat(ReportLabels.deviation("RULES")).isEqualTo("制度保障");
        assertThat(ReportLabels.deviation("STAFF")).isEqualTo("人员保障");
        assertThat(ReportLabels.deviation("EQUIPMENT")).isEqualTo("硬件条件保障");
        assertThat(ReportLabels.deviation("OTHER")).isEqualTo("其他");
        assertThat(ReportLabels.deviation(null)).isNull();
    }

    @Test
    void likelihoodsReadAsTheOfficialChoices() {
        assertThat(ReportLabels.likelihood("CERTAIN")).isEqualTo("确定能");
        assertThat(ReportLabels.likelihood("LIKELY")).isEqualTo("有可能");
        assertThat(ReportLabels.likelihood("IMPOSSIBLE")).isEqualTo("完全不可能");
        assertThat(ReportLabels.likelihood(null)).isNull();
    }

    @Test
    void qualitativeAnswersReadInWordsAndOtherValuesAsWritten() {
        assertThat(ReportLabels.answer("ACHIEVED")).isEqualTo("达成");
        assertThat(ReportLabels.answer("PARTLY_ACHIEVED")).isEqualTo("部分达成");
        assertThat(ReportLabels.answer("NOT_ACHIEVED")).isEqualTo("未达成");
        assertThat(ReportLabels.answer("8台")).isEqualTo("8台");
    }

    @Test
    void statusesAndWarningsHaveWordsAndUnknownCodesStayVisible() {
        assertThat(ReportLabels.status("OFF_TRACK")).isEqualTo("偏离目标");
        assertThat(ReportLabels.status("NOT_REPORTED")).isEqualTo("未填报");
        assertThat(ReportLabels.warning("RED")).isEqualTo("红灯");
        assertThat(ReportLabels.deviation("WEATHER")).isEqualTo("WEATHER");
    }
}
