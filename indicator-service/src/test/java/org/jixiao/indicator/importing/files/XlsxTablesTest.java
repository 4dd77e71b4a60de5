package org.jixiao.indicator.importing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.indicator.importing.rules.TableChecks;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.SeedFiles;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.targets.table.TargetTableTextReader;
import org.jixiao.testinfra.PropertyTables;
import org.jixiao.testinfra.XlsxFromTables;
import org.junit.jupiter.api.Test;

class XlsxTablesTest {

    /** A table's content without its title and lines, which a spreadsheet does not have. */
    static List<DocxTextTest.Content> content(List<TargetTable> tables) {
        return tables.stream()
                .map(DocxTextTest.Content::of)
                .map(c -> new DocxTextTest.Content(
                        c.number(),
                        null,
                        c.unitCode(),
                        c.unitName(),
                        c.projectName(),
                        c.total(),
                        c.fiscal(),
                        c.other(),
                        c.purpose(),
                        c.goals(),
                        c.indicators()))
                .toList();
    }

    @Test
    void theSeedTablesInTheSpreadsheetLayoutReadTheSameAsTheirText() throws IOException {
        for (String name : List.of("000_3f6b483e19263635.txt", "003_ef15d747a5f69479.txt")) {
            List<TargetTable> tables =
                    new TargetTableTextReader().read(SeedFiles.read(name)).tables();
            ReadResult read = XlsxTables.read(XlsxFromTables.of(tables), 10_000);
            assertThat(read.problems()).as(name).isEmpty();
            assertThat(content(read.tables()))
                    .as(name)
                    .isEqualTo(content(tables))
                    .isNotEmpty();
            assertThat(TableChecks.of(read, 2025).violations()).as(name).isEmpty();
        }
    }

    @Test
    void theTemplateIsAValidExampleOfTheLayout() {
        assertThat(XlsxLayout.HEADER).isEqualTo(XlsxFromTables.HEADER);
        ReadResult read = XlsxTables.read(XlsxTemplate.bytes(), 10_000);
        assertThat(read.problems()).isEmpty();
        assertThat(read.tables()).singleElement().satisfies(t -> {
            assertThat(t.projectName()).isEqualTo("2025年信息化运维项目");
            assertThat(t.goals()).containsExactly("保障系统正常运行", "确保网络安全");
            assertThat(t.indicators()).hasSize(4);
            assertThat(t.indicators().get(2).measure())
                    .as("the template shows a set measure")
                    .isEqualTo("时点");
            assertThat(t.indicators().get(1).level1())
                    .as("blank 一级指标 = the row above")
                    .isEqualTo("产出指标");
        });
        assertThat(TableChecks.of(read, null).violations()).isEmpty();
    }

    @Test
    void theOptionalColumnsSetAMeasureOrDirectionPerRowAndAnUnknownOneIsNamed() throws IOException {
        TargetTable table = PropertyTables.of(
                "573301",
                "中国国际贸易促进委员会天津市分会",
                "物业管理项目",
                new IndicatorRow(2, "产出指标", "数量指标", "物业服务人员", "在岗人数", "≥12人", "时点", ""),
                new IndicatorRow(3, "产出指标", "成本指标", "物业费", "物业费", "120.8万元", "", "LOWER_BETTER"),
                new IndicatorRow(4, "产出指标", "数量指标", "保洁面积", "保洁面积", "≥5000平方米", null, null));
        ReadResult read = XlsxTables.read(XlsxFromTables.of(List.of(table)), 10_000);
        assertThat(read.tables().get(0).indicators())
                .extracting(IndicatorRow::measure, IndicatorRow::direction)
                .containsExactly(tuple("时点", ""), tuple("", "LOWER_BETTER"), tuple("", ""));
        assertThat(TableChecks.of(read, 2025).violations()).isEmpty();

        TargetTable misspelt = PropertyTables.of(
                "573301",
                "中国国际贸易促进委员会天津市分会",
                "物业管理项目",
                new IndicatorRow(2, "产出指标", "数量指标", "物业服务人员", "在岗人数", "≥12人", "存量", ""));
        assertThat(TableChecks.of(XlsxTables.read(XlsxFromTables.of(List.of(misspelt)), 10_000), 2025)
                        .violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("table 1 (物业管理项目), line 2, 计量方式");
                    assertThat(v.message())
                            .isEqualTo("is not one of 累计 (CUMULATIVE), 时点 (LEVEL), 一次性 (ONE_OFF); leave it blank for"
                                    + " the default ('存量')");
                });
    }

    @Test
    void aWorkbookWithoutTheLayoutIsRejectedNamingTheExpectedHeader() throws IOException {
        assertThat(XlsxTables.read(otherWorkbook(), 10_000).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("绩效目标表").contains("单位编码 | 单位名称"));
        ReadResult empty = XlsxTables.read(XlsxFromTables.of(List.of()), 10_000);
        assertThat(TableChecks.of(empty, 2025).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("no 绩效目标表"));
    }

    private static byte[] otherWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名称");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
