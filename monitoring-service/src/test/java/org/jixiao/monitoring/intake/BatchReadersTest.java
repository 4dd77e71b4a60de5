package org.jixiao.monitoring.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.web.Problem;
import org.junit.jupiter.api.Test;

class BatchReadersTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static List<BatchRow> csv(String text) {
        return CsvBatchReader.read(text.getBytes(StandardCharsets.UTF_8), 100, "body");
    }

    private static List<Problem.Violation> violations(Runnable read) {
        try {
            read.run();
        } catch (ProblemException e) {
            return e.violations();
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void csvRowsBecomeReportsWithTheirFileRow() {
        UUID corrected = UUID.randomUUID();
        List<BatchRow> rows = csv("\uFEFFIndicatorId,asOf,value,deviationCategory,deviationReason,corrects\r\n"
                + "7,2025-06-30,9台,FUNDING,\"经费未到位, 已申请\",\n"
                + "\n"
                + "8,2025-06-30,90%,,," + corrected + "\n");
        assertThat(rows).hasSize(2);
        BatchRow first = rows.get(0);
        assertThat(first.index()).isZero();
        assertThat(first.fileRow()).isEqualTo(2);
        assertThat(first.violations()).isEmpty();
        assertThat(first.request().indicatorId()).isEqualTo(7L);
        assertThat(first.request().asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(first.request().value()).isEqualTo("9台");
        assertThat(first.request().deviation()).isEqualTo(new ProgressRequest.Deviation("FUNDING", "经费未到位, 已申请"));
        assertThat(first.request().corrects()).isNull();
        BatchRow second = rows.get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.fileRow()).isEqualTo(4);
        assertThat(second.request().deviation()).isNull();
        assertThat(second.request().corrects()).isEqualTo(corrected);
    }

    @Test
    void unreadableCellsAreNamedByReportIndexColumnAndRow() {
        List<BatchRow> rows = csv("indicatorId,asOf,value,corrects\nx,2025/6/30,9台,nope\n");
        assertThat(rows.get(0).violations())
                .extracting(Problem.Violation::field)
                .containsExactly("[0].indicatorId", "[0].asOf", "[0].corrects");
        assertThat(rows.get(0).violations().get(1).message()).startsWith("row 2: must be a date");
    }

    @Test
    void ruleViolationsOfFileRowsNameTheColumn() {
        BatchRow row = csv("indicatorId,asOf,value\n7,2025-06-30,9台\n").get(0);
        assertThat(row.violation("deviation.category", "must be one of …"))
                .isEqualTo(new Problem.Violation("[0].deviationCategory", "row 2: must be one of …"));
        assertThat(row.violation("body", "x").field()).isEqualTo("[0]");
    }

    @Test
    void headerMustNameKnownColumnsAndTheRequiredOnes() {
        assertThat(violations(() -> csv("indicatorId,asOf,colour\n1,2025-01-01,red\n")))
                .extracting(Problem.Violation::message)
                .anyMatch(m -> m.startsWith("unknown column 'colour'"))
                .contains("column 'value' is missing");
        assertThat(violations(() -> csv("indicatorId,asOf,value,value\n")))
                .extracting(Problem.Violation::message)
                .contains("column 'value' appears twice");
    }

    @Test
    void emptyAndOversizedBatchesAreRefused() {
        assertThat(violations(() -> csv("indicatorId,asOf,value\n\n")))
                .containsExactly(new Problem.Violation("body", "the batch holds no reports"));
        assertThat(violations(() -> csv("")))
                .extracting(Problem.Violation::field)
                .containsExactly("body");
        String three = "indicatorId,asOf,value\n1,2025-01-01,1\n2,2025-01-01,1\n3,2025-01-01,1\n";
        assertThatThrownBy(() -> CsvBatchReader.read(three.getBytes(StandardCharsets.UTF_8), 2, "body"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void csvMustBeUtf8AndWellQuoted() {
        byte[] gbk = "indicatorId,asOf,value\n1,2025-01-01,九台\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(violations(() -> CsvBatchReader.read(gbk, 10, "file")))
                .extracting(Problem.Violation::field)
                .containsExactly("file");
        assertThat(violations(() -> csv("indicatorId,asOf,value\n1,2025-01-01,\"9台\n")))
                .extracting(Problem.Violation::message)
                .containsExactly("line 2: a quoted field is not closed");
    }

    @Test
    void jsonElementsAreBoundOneByOne() throws IOException {
        byte[] body = """
                [{"indicatorId":7,"asOf":"2025-06-30","value":"9台"},
                 {"indicatorId":"seven","asOf":"2025-06-30","value":"9台"},
                 {"indicatorId":7,"asOf":"June","value":"9台"},
                 42]
                """.getBytes(StandardCharsets.UTF_8);
        List<BatchRow> rows = JsonBatchReader.read(body, JSON, 100);
        assertThat(rows.get(0).violations()).isEmpty();
        assertThat(rows.get(0).request().value()).isEqualTo("9台");
        assertThat(rows.get(1).violations())
                .extracting(Problem.Violation::field)
                .containsExactly("[1].indicatorId");
        assertThat(rows.get(2).violations())
                .extracting(Problem.Violation::field)
                .containsExactly("[2].asOf");
        assertThat(rows.get(3).violations())
                .extracting(Problem.Violation::field)
                .containsExactly("[3]");
    }

    @Test
    void jsonBatchMustBeANonEmptyArray() {
        assertThat(violations(() -> readJson("{\"indicatorId\":1}")))
                .extracting(Problem.Violation::field)
                .containsExactly("body");
        assertThat(violations(() -> readJson("[]")))
                .containsExactly(new Problem.Violation("body", "the batch holds no reports"));
    }

    @Test
    void xlsxCellsAreReadAsWrittenSkippingEmptyRows() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("进展");
            header(sheet.createRow(0), "indicatorId", "asOf", "value", "reporter");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("0%"));
            Row numeric = sheet.createRow(1);
            numeric.createCell(0).setCellValue(7);
            numeric.createCell(1).setCellValue(LocalDate.of(2025, 6, 30));
            numeric.getCell(1).setCellStyle(date);
            numeric.createCell(2).setCellValue(0.9);
            numeric.getCell(2).setCellStyle(percent);
            Row text = sheet.createRow(3);
            header(text, "8", "2025-07-31", "9台", "张三");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(XlsxBatchReader.looksLikeXlsx(xlsx)).isTrue();
        List<BatchRow> rows = XlsxBatchReader.read(xlsx, 100, "body");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).request())
                .isEqualTo(
                        new ProgressRequest(7L, LocalDate.of(2025, 6, 30), "90%", null, null, null, null, null, null));
        assertThat(rows.get(1).fileRow()).isEqualTo(4);
        assertThat(rows.get(1).request().reporter()).isEqualTo("张三");
        assertThat(rows.get(1).request().value()).isEqualTo("9台");
    }

    @Test
    void somethingElseThanAWorkbookIsNamedAsTheFile() {
        assertThat(XlsxBatchReader.looksLikeXlsx("indicatorId".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        byte[] notXlsx = {'P', 'K', 3, 4, 0, 0, 0};
        assertThat(violations(() -> XlsxBatchReader.read(notXlsx, 10, "file")))
                .containsExactly(new Problem.Violation("file", "is not a readable XLSX workbook"));
    }

    private static void readJson(String body) {
        try {
            JsonBatchReader.read(body.getBytes(StandardCharsets.UTF_8), JSON, 100);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void header(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
