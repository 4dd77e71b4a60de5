package org.jixiao.monitoring.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One worksheet of an official table, written top to bottom: title lines across the table, header rows, then lines
 * of typed cells (numbers stay numbers, with their unit in the number format). The rows up to the last header stay
 * frozen, and every column is as wide as its widest cell (within bounds; longer text wraps).
 */
final class SheetBuilder {
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 40;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet;
    private final int columns;
    private final int[] widths;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private int nextRow;
    private int frozenRows;

    SheetBuilder(String sheetName, int columns) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = columns;
        this.widths = new int[columns];
    }

    /** The table's name, large and bold across the table. */
    SheetBuilder title(String text) {
        return across(text, style("title", s -> {
            s.setFont(font(true, 14));
            s.setAlignment(HorizontalAlignment.CENTER);
        }));
    }

    /** What the table is about (project, unit, date), across the table. */
    SheetBuilder subtitle(String text) {
        return across(text, style("subtitle", s -> {}));
    }

    SheetBuilder blankLine() {
        nextRow++;
        return this;
    }

    /** A row of headings; the sheet stays frozen below the last one. */
    SheetBuilder header(List<String> headings) {
        Line line = line();
        headings.forEach(line::heading);
        frozenRows = nextRow;
        return this;
    }

    Line line() {
        return new Line(sheet.createRow(nextRow++));
    }

    byte[] toBytes() {
        for (int column = 0; column < columns; column++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[column] + 2));
            sheet.setColumnWidth(column, chars * 256);
        }
        if (frozenRows > 0) {
            sheet.createFreezePane(0, frozenRows);
        }
        try (XSSFWorkbook book = workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    /** The cells of one row, left to right. */
    final class Line {
        private final Row row;
        private int column;

        private Line(Row row) {
            this.row = row;
        }

        Line text(String value) {
            Cell cell = next(style("text", s -> s.setWrapText(true)));
            if (value != null) {
                cell.setCellValue(value);
                measure(value);
            }
            return this;
        }

        /** A bold caption in the body (合计, 总分). */
        Line caption(String value) {
            next(style("caption", s -> s.setFont(font(true, 11)))).setCellValue(value);
            measure(value);
            return this;
        }

        /** A measured value: a number in the target's unit when there is one, else the text as reported. */
        Line measured(BigDecimal number, String unit, String text) {
            return number != null ? number(number, unit) : text(text);
        }

        /** A number shown with as many decimals as it has (up to 4) and its unit, e.g. 8台, 95.5%. */
        Line number(BigDecimal value, String unit) {
            return value == null ? text(null) : numeric(value, CellFormats.measured(value, unit), unit);
        }

        /** An identifier or a year: a number without separators. */
        Line whole(long value) {
            return numeric(BigDecimal.valueOf(value), CellFormats.WHOLE, null);
        }

        /** An amount in 万元, two decimals. */
        Line money(BigDecimal value) {
            return value == null ? text(null) : numeric(value, CellFormats.MONEY, null);
        }

        /** A share between 0 and 1 shown as a percentage. */
        Line rate(BigDecimal value) {
            return value == null ? text(null) : numeric(value, CellFormats.RATE, "%");
        }

        /** Points of the self-evaluation, two decimals. */
        Line points(BigDecimal value) {
            return value == null ? text(null) : numeric(value, CellFormats.POINTS, null);
        }

        Line skip() {
            return text(null);
        }

        private void heading(String value) {
            next(style("heading", s -> {
                        s.setFont(font(true, 11));
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setWrapText(true);
                        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }))
                    .setCellValue(value);
            measure(value);
        }

        private Line numeric(BigDecimal value, String format, String unit) {
            Cell cell = next(style(
                    "number " + format,
                    s -> s.setDataFormat(workbook.createDataFormat().getFormat(format))));
            cell.setCellValue(value.doubleValue());
            measure(value.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit) + "   ");
            return this;
        }

        private Cell next(CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(style);
            return cell;
        }

        private void measure(String value) {
            int at = column - 1;
            widths[at] = Math.max(widths[at], CellFormats.displayWidth(value));
        }
    }

    private SheetBuilder across(String text, CellStyle style) {
        Row row = sheet.createRow(nextRow);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns - 1));
        }
        nextRow++;
        return this;
    }

    /** One style per kind (POI workbooks hold a limited number of styles); body cells get thin borders. */
    private CellStyle style(String kind, Consumer<CellStyle> specific) {
        return styles.computeIfAbsent(kind, k -> {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (!k.equals("title") && !k.equals("subtitle")) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            specific.accept(style);
            return style;
        });
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
