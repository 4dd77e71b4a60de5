package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportSheetsTest {
    static final LocalDate ON = LocalDate.of(2025, 6, 30);

    static Sheet open(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0);
        }
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    static MonitoringReport monitoring() {
        MonitoringRow devices = new MonitoringRow(
                7,
                "产出指标",
                "数量指标",
                "新增设备",
                "≥17台",
                new BigDecimal("17"),
                "台",
                "ON_TRACK",
                ON,
                new BigDecimal("8"),
                "8台",
                new BigDecimal("16.5"),
                "STAFF",
                "人员保障",
                "安装人员不足",
                "LIKELY",
                "有可能",
                "增派人员");
        MonitoringRow quality = new MonitoringRow(
                8, "效益指标", "社会效益指标", "服务水平", "显著提高", null, null, "AT_RISK", ON, null, "部分达成", null, null, null, null,
                null, null, null);
        return new MonitoringReport(
                42,
                "智慧校园",
                "573301",
                2025,
                ON,
                6,
                new BigDecimal("100.00"),
                new BigDecimal("45.00"),
                new BigDecimal("0.4500"),
                List.of(devices, quality));
    }

    @Test
    void monitoringSheetHasTitleHeadingsAndNumbersAsNumbers() throws IOException {
        Sheet sheet = open(MonitoringSheet.write(monitoring()));

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("绩效监控表");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("智慧校园", "42", "573301", "2025-06-30");
        assertThat(texts(sheet.getRow(2))).containsExactly("年度预算数（万元）", "执行数（万元）", "执行率");
        Row budget = sheet.getRow(3);
        assertThat(budget.getCell(0).getNumericCellValue()).isEqualTo(100.0);
        assertThat(budget.getCell(2).getNumericCellValue()).isEqualTo(0.45);
        assertThat(budget.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(texts(sheet.getRow(5)))
                .containsExactly(
                        "一级指标", "二级指标", "三级指标", "年度指标值", "1-6月实际完成值", "全年预计完成值", "偏差原因", "说明", "完成目标可能性", "纠偏措施");

        Row devices = sheet.getRow(6);
        assertThat(devices.getCell(3).getStringCellValue()).isEqualTo("≥17台");
        assertThat(devices.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(devices.getCell(4).getNumericCellValue()).isEqualTo(8.0);
        assertThat(devices.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"台\"");
        assertThat(devices.getCell(5).getNumericCellValue()).isEqualTo(16.5);
        assertThat(devices.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0\"台\"");
        assertThat(List.of(devices.getCell(6), devices.getCell(7), devices.getCell(8), devices.getCell(9)))
                .extracting(Cell::getStringCellValue)
                .containsExactly("人员保障", "安装人员不足", "有可能", "增派人员");

        Row quality = sheet.getRow(7);
        assertThat(quality.getCell(4).getStringCellValue()).isEqualTo("部分达成");
        assertThat(quality.getCell(5).getStringCellValue()).isEmpty();

        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
        assertThat(sheet.getColumnWidth(7)).as("说明 fits its text").isGreaterThanOrEqualTo(14 * 256);
        assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(8 * 256);
    }

    @Test
    void selfEvaluationSheetEndsWithTotalAndGrade() throws IOException {
        SelfEvaluationRow devices = new SelfEvaluationRow(
                7,
                "产出指标",
                "数量指标",
                "新增设备",
                "≥17台",
                new BigDecimal("17"),
                "台",
                new BigDecimal("8"),
                "8台",
                new BigDecimal("50.00"),
                new BigDecimal("23.53"),
                null,
                null,
                null,
                null,
                null);
        SelfEvaluationReport report = new SelfEvaluationReport(
                42,
                "智慧校园",
                "573301",
                2025,
                ON,
                new BigDecimal("100"),
                new BigDecimal("45"),
                new BigDecimal("0.45"),
                new BigDecimal("10.00"),
                new BigDecimal("4.50"),
                List.of(devices),
                new BigDecimal("60.00"),
                new BigDecimal("28.03"),
                "差");

        Sheet sheet = open(SelfEvaluationSheet.write(report));

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("绩效自评表");
        assertThat(texts(sheet.getRow(2))).containsExactlyElementsOf(SelfEvaluationSheet.BUDGET_HEADINGS);
        assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(4.5);
        assertThat(texts(sheet.getRow(5))).containsExactlyElementsOf(SelfEvaluationSheet.HEADINGS);
        Row row = sheet.getRow(6);
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(50.0);
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(23.53);
        assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        Row total = sheet.getRow(7);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("总分");
        assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(60.0);
        assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(28.03);
        Cell grade = sheet.getRow(8).getCell(6);
        assertThat(grade.getStringCellValue()).isEqualTo("差");
    }

    @Test
    void unitSheetListsProjectsWithWordsForCodesAndATotal() throws IOException {
        UnitSummaryRow project = new UnitSummaryRow(
                42,
                "智慧校园",
                2025,
                ON,
                "OFF_TRACK",
                new BigDecimal("100"),
                new BigDecimal("45"),
                new BigDecimal("0.45"),
                "GREEN",
                new BigDecimal("28.03"),
                "差");
        UnitSummaryReport report = UnitSummaryReport.of("573301", null, ON, "OFF_TRACK", "GREEN", List.of(project));

        Sheet sheet = open(UnitSummarySheet.write(report));

        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("573301", "全部", "偏离目标", "绿灯");
        assertThat(texts(sheet.getRow(2))).containsExactlyElementsOf(UnitSummarySheet.HEADINGS);
        Row row = sheet.getRow(3);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42.0);
        assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("偏离目标");
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo("绿灯");
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(0.45);
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
    }
}
