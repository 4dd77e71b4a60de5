package org.jixiao.monitoring.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.jixiao.monitoring.reports.ReportScenario.TODAY;
import static org.jixiao.monitoring.reports.XlsxAssert.firstSheet;
import static org.jixiao.monitoring.reports.XlsxAssert.headings;
import static org.jixiao.monitoring.reports.XlsxAssert.sameMeasured;
import static org.jixiao.monitoring.reports.XlsxAssert.sameNumber;
import static org.jixiao.monitoring.reports.XlsxAssert.sameText;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * The official reports of {@link ReportScenario#standard()}: JSON figures against values worked out by hand, and the
 * workbook of the same report cell by cell against the JSON.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ReportsIT {
    static final String XLSX = ReportFormat.XLSX_MEDIA_TYPE;
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final String UNIT = ReportScenario.UNIT;

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode get(String path, String asOf) {
        return json(given().queryParam("asOf", asOf)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .response());
    }

    static void assertDecimal(JsonNode node, String expected) {
        assertThat(node.decimalValue()).isEqualByComparingTo(expected);
    }

    @Test
    void monitoringTableShowsTheEffectiveReportsAndTheWorkbookHoldsTheSameFigures() {
        long[] s = ReportScenario.standard();
        String path = "/api/reports/projects/" + s[0] + "/monitoring";
        JsonNode report = get(path, TODAY.toString());

        assertThat(report.get("projectName").asText()).isEqualTo("报表项目");
        assertThat(report.get("unitCode").asText()).isEqualTo(UNIT);
        assertThat(report.get("throughMonth").asInt()).isEqualTo(TODAY.getMonthValue());
        assertDecimal(report.get("budgetTotal"), "100");
        assertDecimal(report.get("spent"), "45"); // the posting of day +10 is not yet as of today
        assertDecimal(report.get("executionRate"), "0.45");
        JsonNode rows = report.get("indicators");
        assertThat(rows).hasSize(4);
        // The correction (8台 as of day -5, STAFF) replaces the wrong report of today (12台, FUNDING); the forecast is
        // the one reported with it.
        JsonNode devices = rows.get(0);
        assertThat(devices.get("level3").asText()).isEqualTo("新增设备");
        assertThat(devices.get("target").asText()).isEqualTo("≥17台");
        assertDecimal(devices.get("actual"), "8");
        assertThat(devices.get("reportAsOf").asText())
                .isEqualTo(TODAY.minusDays(5).toString());
        assertDecimal(devices.get("forecast"), "16");
        assertThat(devices.get("deviationCategoryLabel").asText()).isEqualTo("人员保障");
        assertThat(devices.get("deviationReason").asText()).isEqualTo("安装人员不足");
        assertThat(devices.get("likelihoodLabel").asText()).isEqualTo("有可能");
        assertThat(devices.get("correctiveAction").asText()).isEqualTo("增派安装人员");
        assertThat(devices.get("status").asText()).isEqualTo("ON_TRACK"); // 8 ÷ (17 × 0.5) = 0.94
        // The latest of two reports; a level without a reported forecast is forecast at its actual.
        JsonNode rate = rows.get(1);
        assertDecimal(rate.get("actual"), "88");
        assertDecimal(rate.get("forecast"), "88");
        assertThat(rate.get("deviationCategoryLabel").asText()).isEqualTo("硬件条件保障");
        assertThat(rate.get("likelihoodLabel").asText()).isEqualTo("确定能");
        JsonNode service = rows.get(2);
        assertThat(service.get("actual").isNull()).isTrue();
        assertThat(service.get("actualText").asText()).isEqualTo("部分达成");
        assertThat(service.get("deviationCategoryLabel").asText()).isEqualTo("制度保障");
        JsonNode satisfaction = rows.get(3);
        assertThat(satisfaction.get("actualText").isNull()).isTrue();
        assertThat(satisfaction.get("status").asText()).isEqualTo("NOT_REPORTED");

        Response download =
                given().accept(XLSX).queryParam("asOf", TODAY.toString()).get(path);
        download.then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", startsWith("attachment; filename=\"monitoring-" + s[0]));
        Sheet sheet = firstSheet(download.asByteArray());
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("绩效监控表");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("报表项目", UNIT, TODAY.toString());
        assertThat(headings(sheet.getRow(2))).containsExactly("年度预算数（万元）", "执行数（万元）", "执行率");
        sameNumber(sheet.getRow(3).getCell(0), report.get("budgetTotal"), "年度预算数");
        sameNumber(sheet.getRow(3).getCell(1), report.get("spent"), "执行数");
        sameNumber(sheet.getRow(3).getCell(2), report.get("executionRate"), "执行率");
        assertThat(headings(sheet.getRow(5)))
                .containsExactly(
                        "一级指标",
                        "二级指标",
                        "三级指标",
                        "年度指标值",
                        "1-" + TODAY.getMonthValue() + "月实际完成值",
                        "全年预计完成值",
                        "偏差原因",
                        "说明",
                        "完成目标可能性",
                        "纠偏措施");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Row cells = sheet.getRow(6 + i);
            String at = "indicator row " + i + " ";
            sameText(cells.getCell(0), row.get("level1"), at + "一级指标");
            sameText(cells.getCell(1), row.get("level2"), at + "二级指标");
            sameText(cells.getCell(2), row.get("level3"), at + "三级指标");
            sameText(cells.getCell(3), row.get("target"), at + "年度指标值");
            sameMeasured(cells.getCell(4), row.get("actual"), row.get("actualText"), at + "实际完成值");
            sameNumber(cells.getCell(5), row.get("forecast"), at + "全年预计完成值");
            sameText(cells.getCell(6), row.get("deviationCategoryLabel"), at + "偏差原因");
            sameText(cells.getCell(7), row.get("deviationReason"), at + "说明");
            sameText(cells.getCell(8), row.get("likelihoodLabel"), at + "完成目标可能性");
            sameText(cells.getCell(9), row.get("correctiveAction"), at + "纠偏措施");
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(6 + rows.size() - 1);
    }

    @Test
    void monitoringTableAsOfAnEarlierDayShowsWhatWasKnownThen() {
        long[] s = ReportScenario.standard();
        JsonNode report = get(
                "/api/reports/projects/" + s[0] + "/monitoring",
                TODAY.minusDays(10).toString());
        assertDecimal(report.get("spent"), "30");
        JsonNode rows = report.get("indicators");
        assertThat(rows.get(0).get("actual").isNull()).isTrue();
        assertDecimal(rows.get(1).get("actual"), "70");
        assertThat(rows.get(1).get("deviationCategory").isNull()).isTrue();
    }

    @Test
    void selfEvaluationScoresEveryPartAndTotalsLikeTheProjectStatus() {
        long[] s = ReportScenario.standard();
        String path = "/api/reports/projects/" + s[0] + "/self-evaluation";
        JsonNode report = get(path, TODAY.toString());

        // 产出 50 split over two: 25 × 8/17 = 11.76, 25 × 88/95 = 23.16; 效益 30 × 0.7 (部分达成) = 21;
        // 满意度 10, unreported: 0; 预算 10 × 0.45 = 4.5. Total 60.4226 → 60.42 → 中.
        assertDecimal(report.get("executionPoints"), "10");
        assertDecimal(report.get("executionScore"), "4.5");
        JsonNode rows = report.get("indicators");
        String[][] expected = {{"25", "11.76"}, {"25", "23.16"}, {"30", "21"}, {"10", "0"}};
        for (int i = 0; i < expected.length; i++) {
            assertDecimal(rows.get(i).get("points"), expected[i][0]);
            assertDecimal(rows.get(i).get("score"), expected[i][1]);
        }
        assertThat(rows.get(0).get("deviationCategoryLabel").asText()).isEqualTo("人员保障");
        assertDecimal(report.get("totalPoints"), "100");
        assertDecimal(report.get("score"), "60.42");
        assertThat(report.get("grade").asText()).isEqualTo("中");
        JsonNode status = get("/api/status/projects/" + s[0], TODAY.toString());
        assertThat(report.get("score").decimalValue())
                .isEqualByComparingTo(status.get("score").decimalValue());
        assertThat(report.get("grade")).isEqualTo(status.get("grade"));
        assertThat(report.get("executionRate").decimalValue())
                .isEqualByComparingTo(status.get("executionRate").decimalValue());

        Response download = given().queryParam("asOf", TODAY.toString())
                .queryParam("format", "xlsx")
                .get(path);
        download.then().statusCode(200).contentType(XLSX).header("Content-Disposition", startsWith("attachment;"));
        Sheet sheet = firstSheet(download.asByteArray());
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("绩效自评表");
        assertThat(headings(sheet.getRow(2))).containsExactlyElementsOf(SelfEvaluationSheet.BUDGET_HEADINGS);
        sameNumber(sheet.getRow(3).getCell(2), report.get("executionRate"), "预算执行率");
        sameNumber(sheet.getRow(3).getCell(3), report.get("executionPoints"), "预算执行率分值");
        sameNumber(sheet.getRow(3).getCell(4), report.get("executionScore"), "预算执行率得分");
        assertThat(headings(sheet.getRow(5)))
                .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "说明", "改进措施");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Row cells = sheet.getRow(6 + i);
            String at = "indicator row " + i + " ";
            sameText(cells.getCell(2), row.get("level3"), at + "三级指标");
            sameText(cells.getCell(3), row.get("target"), at + "年度指标值");
            sameMeasured(cells.getCell(4), row.get("actual"), row.get("actualText"), at + "实际完成值");
            sameNumber(cells.getCell(5), row.get("points"), at + "分值");
            sameNumber(cells.getCell(6), row.get("score"), at + "得分");
            sameText(cells.getCell(7), row.get("deviationCategoryLabel"), at + "偏差原因");
            sameText(cells.getCell(8), row.get("deviationReason"), at + "说明");
        }
        Row total = sheet.getRow(6 + rows.size());
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("总分");
        sameNumber(total.getCell(5), report.get("totalPoints"), "总分值");
        sameNumber(total.getCell(6), report.get("score"), "总分");
        sameText(sheet.getRow(7 + rows.size()).getCell(6), report.get("grade"), "等级");
    }

    @Test
    void unitSummaryListsEachProjectWithItsStatusAmountsAndScore() {
        long[] s = ReportScenario.standard();
        String path = "/api/reports/units/" + UNIT;
        // A unit's summary is per fiscal year: without one asked for, the year of asOf; last year's project is not
        // mixed in.
        JsonNode all = get(path, TODAY.toString());
        JsonNode projects = all.get("projects");
        assertThat(projects).hasSize(1);
        assertThat(all.get("fiscalYear").asInt()).isEqualTo(TODAY.getYear());
        JsonNode reported = projects.get(0);
        assertThat(reported.get("projectId").asLong()).isEqualTo(s[0]);
        assertThat(reported.get("status").asText()).isEqualTo("AT_RISK"); // the qualitative 部分达成
        assertDecimal(reported.get("spent"), "45");
        assertThat(reported.get("warning").asText()).isEqualTo("GREEN"); // 0.45 ÷ 0.5 = 0.9
        assertDecimal(reported.get("score"), "60.42");
        assertThat(all.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(all.get("warning").asText()).isEqualTo("GREEN");
        assertDecimal(all.get("budgetTotal"), "100");
        assertDecimal(all.get("executionRate"), "0.45");
        JsonNode lastYear = json(given().queryParam("fiscalYear", TODAY.getYear() - 1)
                .queryParam("asOf", TODAY.toString())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertThat(lastYear.get("projects")).hasSize(1);
        JsonNode silent = lastYear.get("projects").get(0);
        assertThat(silent.get("projectId").asLong()).isEqualTo(s[5]);
        assertThat(silent.get("status").asText()).isEqualTo("NOT_REPORTED");
        assertDecimal(silent.get("spent"), "0");
        assertThat(silent.get("warning").asText()).isEqualTo("RED");
        assertThat(silent.get("grade").asText()).isEqualTo("差");
        assertThat(lastYear.get("status").asText()).isEqualTo("NOT_REPORTED");
        assertThat(lastYear.get("warning").asText()).isEqualTo("RED");
        given().queryParam("fiscalYear", TODAY.getYear())
                .queryParam("asOf", TODAY.toString())
                .get(path)
                .then()
                .statusCode(200)
                .body("projects.size()", equalTo(1));

        Response download =
                given().accept(XLSX).queryParam("asOf", TODAY.toString()).get(path);
        download.then().statusCode(200).header("Content-Disposition", startsWith("attachment; filename=\"unit-"));
        Sheet sheet = firstSheet(download.asByteArray());
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位绩效监控汇总表");
        assertThat(headings(sheet.getRow(2))).containsExactlyElementsOf(UnitSummarySheet.HEADINGS);
        for (int i = 0; i < projects.size(); i++) {
            JsonNode row = projects.get(i);
            Row cells = sheet.getRow(3 + i);
            sameNumber(cells.getCell(0), row.get("projectId"), "项目编号");
            sameText(cells.getCell(1), row.get("name"), "项目名称");
            assertThat(cells.getCell(3).getStringCellValue())
                    .isEqualTo(ReportLabels.status(row.get("status").asText()));
            sameNumber(cells.getCell(4), row.get("budgetTotal"), "预算数");
            sameNumber(cells.getCell(5), row.get("spent"), "执行数");
            sameNumber(cells.getCell(6), row.get("executionRate"), "执行率");
            assertThat(cells.getCell(7).getStringCellValue())
                    .isEqualTo(ReportLabels.warning(row.get("warning").asText()));
            sameNumber(cells.getCell(8), row.get("score"), "得分");
            sameText(cells.getCell(9), row.get("grade"), "等级");
        }
        sameNumber(sheet.getRow(3 + projects.size()).getCell(4), all.get("budgetTotal"), "合计预算数");
    }
}
