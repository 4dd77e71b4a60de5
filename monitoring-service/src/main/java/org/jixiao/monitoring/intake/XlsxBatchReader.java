package org.jixiao.monitoring.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.kit.problem.ProblemException;

/**
 * A progress batch as a workbook: the first sheet, its first non-empty row the header (the CSV column names), then one
 * report per row; empty rows are skipped. Cells may be text or typed: a date cell is read as its date, a number as
 * written ({@code 17}, not {@code 17.0}), a percentage-formatted number as a percentage ({@code 0.9} → {@code 90%}).
 */
final class XlsxBatchReader {
    /** The first bytes of every XLSX file (a ZIP archive). */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private XlsxBatchReader() {}

    static boolean looksLikeXlsx(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param field what file-level errors are reported against: {@code body}, or {@code file} for an upload */
    static List<BatchRow> read(byte[] xlsx, int maxRows, String field) {
        try (Workbook workbook = open(xlsx, field)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ProblemException.invalid(field, "the workbook has no sheet");
            }
            return read(workbook.getSheetAt(0), maxRows);
        } catch (IOException e) {
            throw ProblemException.invalid(field, "is not a readable XLSX workbook");
        }
    }

    private static Workbook open(byte[] xlsx, String field) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign file with many different exceptions.
            throw ProblemException.invalid(field, "is not a readable XLSX workbook");
        }
    }

    private static List<BatchRow> read(Sheet sheet, int maxRows) {
        List<BatchRow> rows = new ArrayList<>();
        ReportColumns columns = null;
        for (Row row : sheet) {
            List<String> cells = texts(row);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (columns == null) {
                columns = ReportColumns.of(cells);
                continue;
            }
            BatchLimits.checkCount(rows.size() + 1, maxRows);
            rows.add(columns.row(rows.size(), row.getRowNum() + 1, cells));
        }
        BatchLimits.checkNotEmpty(rows);
        return rows;
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? null : text(cell));
        }
        return cells;
    }

    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            case NUMERIC -> number(cell);
            default -> null;
        };
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
