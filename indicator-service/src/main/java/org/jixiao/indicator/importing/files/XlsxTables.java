package org.jixiao.indicator.importing.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.targets.table.GoalSplitter;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.TableProblem;
import org.jixiao.targets.table.TargetTable;

/** Reads target tables from a workbook in the {@link XlsxLayout}; each row's number is its line. */
public final class XlsxTables {
    private final DataFormatter cells = new DataFormatter();
    private final List<TargetTable> tables = new ArrayList<>();
    private final List<TableProblem> problems = new ArrayList<>();
    private Row projectRow;
    private List<IndicatorRow> rows;
    private String level1;

    private XlsxTables() {}

    public static ReadResult read(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return new XlsxTables().read(workbook);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "is not a readable Excel (XLSX) workbook: " + e.getMessage());
        }
    }

    private ReadResult read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(XlsxLayout.SHEET);
        if (sheet == null || !header(sheet.getRow(0))) {
            problems.add(new TableProblem(
                    0,
                    null,
                    1,
                    null,
                    null,
                    "the workbook needs a sheet '" + XlsxLayout.SHEET + "' whose first row is "
                            + String.join(" | ", XlsxLayout.HEADER) + " (download the template)"));
            return new ReadResult(List.of(), problems);
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blankRow(row)) {
                continue;
            }
            if (!text(row, XlsxLayout.PROJECT_NAME).isEmpty()) {
                finishTable();
                projectRow = row;
                rows = new ArrayList<>();
                level1 = null;
            } else if (projectRow == null) {
                problems.add(new TableProblem(0, null, r + 1, "项目名称", null, "the first row must name its project"));
                continue;
            }
            addIndicator(row);
        }
        finishTable();
        return new ReadResult(tables, problems);
    }

    private void addIndicator(Row row) {
        String l1 = text(row, XlsxLayout.LEVEL1);
        level1 = l1.isEmpty() ? level1 : l1;
        rows.add(new IndicatorRow(
                row.getRowNum() + 1,
                level1,
                text(row, XlsxLayout.LEVEL2),
                text(row, XlsxLayout.NAME),
                text(row, XlsxLayout.DESCRIPTION),
                text(row, XlsxLayout.TARGET)));
    }

    private void finishTable() {
        if (projectRow == null) {
            return;
        }
        String goals = text(projectRow, XlsxLayout.GOALS);
        tables.add(new TargetTable(
                tables.size() + 1,
                null,
                projectRow.getRowNum() + 1,
                text(projectRow, XlsxLayout.UNIT_CODE),
                text(projectRow, XlsxLayout.UNIT_NAME),
                text(projectRow, XlsxLayout.PROJECT_NAME),
                text(projectRow, XlsxLayout.TOTAL),
                text(projectRow, XlsxLayout.FISCAL),
                text(projectRow, XlsxLayout.OTHER),
                text(projectRow, XlsxLayout.PURPOSE),
                goals.isEmpty() ? List.of() : GoalSplitter.split(goals),
                List.copyOf(rows)));
        if (text(projectRow, XlsxLayout.UNIT_CODE).isEmpty()) {
            problems.add(new TableProblem(tables.size(), null, projectRow.getRowNum() + 1, "单位编码", null, "is empty"));
        }
        projectRow = null;
    }

    private boolean header(Row row) {
        if (row == null) {
            return false;
        }
        for (int c = 0; c < XlsxLayout.HEADER.size(); c++) {
            if (!XlsxLayout.HEADER.get(c).equals(text(row, c))) {
                return false;
            }
        }
        return true;
    }

    private boolean blankRow(Row row) {
        for (int c = 0; c < XlsxLayout.HEADER.size(); c++) {
            if (!text(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private String text(Row row, int column) {
        return row.getCell(column) == null
                ? ""
                : cells.formatCellValue(row.getCell(column)).strip();
    }
}
