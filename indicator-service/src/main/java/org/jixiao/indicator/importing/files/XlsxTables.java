package org.jixiao.indicator.importing.files;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.targets.table.GoalSplitter;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.TableProblem;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.web.ProblemTitles;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads target tables from a workbook in the {@link XlsxLayout}; each row's number is its line. The sheet is streamed
 * (SAX) row by row, never loaded as a whole, and reading stops at the first row beyond {@code maxRows}.
 */
public final class XlsxTables implements XSSFSheetXMLHandler.SheetContentsHandler {
    private static final String KIND = "Excel (XLSX) workbook";

    private final int maxRows;
    private final List<TargetTable> tables = new ArrayList<>();
    private final List<TableProblem> problems = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private boolean headerSeen;
    private boolean measureColumn;
    private boolean directionColumn;
    private int rowsSeen;
    private int projectLine;
    private List<String> projectRow;
    private List<IndicatorRow> rows;
    private String level1;

    private XlsxTables(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Reads at most {@code maxRows} rows after the header; more is a 413. */
    public static ReadResult read(byte[] xlsx, int maxRows) {
        return OfficeFiles.read(xlsx, KIND, pkg -> {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            XlsxTables tables = new XlsxTables(maxRows);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (XlsxLayout.SHEET.equals(sheets.getSheetName())) {
                        tables.stream(sheet, reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg, false));
                        return tables.finish();
                    }
                }
            }
            return tables.finish();
        });
    }

    private void stream(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader(); // refuses DOCTYPE and external entities
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, this, new DataFormatter(), false));
        try {
            parser.parse(new InputSource(sheet));
        } catch (MissingHeader e) {
            // finish() names the layout the sheet lacks
        }
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
        if (column >= XlsxLayout.COLUMNS) {
            return;
        }
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(value == null ? "" : value.strip());
    }

    @Override
    public void endRow(int rowNum) {
        if (!headerSeen) {
            headerSeen = rowNum == 0 && header();
            if (!headerSeen) {
                throw new MissingHeader();
            }
            measureColumn = XlsxLayout.OPTIONAL_HEADER.get(0).equals(text(XlsxLayout.MEASURE));
            directionColumn = XlsxLayout.OPTIONAL_HEADER.get(1).equals(text(XlsxLayout.DIRECTION));
            return;
        }
        if (++rowsSeen > maxRows) {
            throw new ProblemException(
                    413,
                    ProblemTitles.PAYLOAD_TOO_LARGE,
                    "file: sheet " + XlsxLayout.SHEET + " has more than " + maxRows
                            + " rows (jixiao.import.max-rows); split it",
                    List.of(new org.jixiao.web.Problem.Violation(
                            "file", "sheet " + XlsxLayout.SHEET + " has more than " + maxRows + " rows")),
                    java.util.Map.of());
        }
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (!text(XlsxLayout.PROJECT_NAME).isEmpty()) {
            finishTable();
            projectRow = cells;
            projectLine = rowNum + 1;
            rows = new ArrayList<>();
            level1 = null;
        } else if (projectRow == null) {
            problems.add(new TableProblem(0, null, rowNum + 1, "项目名称", null, "the first row must name its project"));
            return;
        }
        String l1 = text(XlsxLayout.LEVEL1);
        level1 = l1.isEmpty() ? level1 : l1;
        rows.add(new IndicatorRow(
                rowNum + 1,
                level1,
                text(XlsxLayout.LEVEL2),
                text(XlsxLayout.NAME),
                text(XlsxLayout.DESCRIPTION),
                text(XlsxLayout.TARGET),
                measureColumn ? text(XlsxLayout.MEASURE) : null,
                directionColumn ? text(XlsxLayout.DIRECTION) : null));
    }

    private ReadResult finish() {
        if (!headerSeen) {
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
        finishTable();
        return new ReadResult(tables, problems);
    }

    private void finishTable() {
        if (projectRow == null) {
            return;
        }
        List<String> project = projectRow;
        String goals = at(project, XlsxLayout.GOALS);
        tables.add(new TargetTable(
                tables.size() + 1,
                null,
                projectLine,
                at(project, XlsxLayout.UNIT_CODE),
                at(project, XlsxLayout.UNIT_NAME),
                at(project, XlsxLayout.PROJECT_NAME),
                at(project, XlsxLayout.TOTAL),
                at(project, XlsxLayout.FISCAL),
                at(project, XlsxLayout.OTHER),
                at(project, XlsxLayout.PURPOSE),
                goals.isEmpty() ? List.of() : GoalSplitter.split(goals),
                List.copyOf(rows)));
        if (at(project, XlsxLayout.UNIT_CODE).isEmpty()) {
            problems.add(new TableProblem(tables.size(), null, projectLine, "单位编码", null, "is empty"));
        }
        projectRow = null;
    }

    private boolean header() {
        for (int c = 0; c < XlsxLayout.HEADER.size(); c++) {
            if (!XlsxLayout.HEADER.get(c).equals(text(c))) {
                return false;
            }
        }
        return true;
    }

    private String text(int column) {
        return at(cells, column);
    }

    private static String at(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    /** Stops the stream at once: a sheet without the layout's header is not read further. */
    private static final class MissingHeader extends RuntimeException {
        MissingHeader() {
            super(null, null, false, false);
        }
    }
}
