package org.jixiao.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Compares the cells of a downloaded workbook with the JSON answer of the same report. */
final class XlsxAssert {
    private XlsxAssert() {}

    static Sheet firstSheet(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0);
        } catch (IOException e) {
            throw new AssertionError("not a workbook", e);
        }
    }

    static List<String> headings(Row row) {
        List<String> headings = new ArrayList<>();
        row.forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    /** The cell holds the JSON text, or is empty where the JSON has null. */
    static void sameText(Cell cell, JsonNode json, String what) {
        String expected = json == null || json.isNull() ? "" : json.asText();
        String actual = cell == null ? "" : cell.getStringCellValue();
        assertThat(actual).as(what).isEqualTo(expected);
    }

    /** The cell is a number cell (not text) equal to the JSON number, or empty where the JSON has null. */
    static void sameNumber(Cell cell, JsonNode json, String what) {
        if (json == null || json.isNull()) {
            assertThat(cell == null
                            || cell.getCellType() == CellType.BLANK
                            || cell.getStringCellValue().isEmpty())
                    .as(what + " is empty")
                    .isTrue();
            return;
        }
        assertThat(cell.getCellType()).as(what + " is a number cell").isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(what).isEqualByComparingTo(json.decimalValue());
    }

    /** A measured value: a number cell where the JSON has a number, else the reported text. */
    static void sameMeasured(Cell cell, JsonNode number, JsonNode text, String what) {
        if (number != null && !number.isNull()) {
            sameNumber(cell, number, what);
        } else {
            sameText(cell, text, what);
        }
    }
}
