package org.jixiao.testinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds the Word document a text-layout seed file was extracted from: plain lines become paragraphs, runs of
 * tab-indented lines become table rows (one cell per tab line, untabbed lines continuing the cell above), and a
 * blank line ends a row.
 */
public final class DocxFromText {
    private DocxFromText() {}

    public static byte[] of(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("\t")) {
                    row.add(line.substring(1));
                } else if (line.isEmpty()) {
                    if (!row.isEmpty()) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                } else if (!row.isEmpty()) {
                    row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + line);
                } else {
                    flush(document, rows);
                    document.createParagraph().createRun().setText(line);
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            flush(document, rows);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Writes the collected rows as one table (rows may differ in their number of cells, as in the published one). */
    private static void flush(XWPFDocument document, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow tableRow = r == 0 ? table.getRow(0) : table.createRow();
            List<String> cells = rows.get(r);
            while (tableRow.getTableCells().size() > cells.size()) {
                tableRow.removeCell(tableRow.getTableCells().size() - 1);
            }
            while (tableRow.getTableCells().size() < cells.size()) {
                tableRow.addNewTableCell();
            }
            for (int c = 0; c < cells.size(); c++) {
                write(tableRow.getCell(c), cells.get(c));
            }
        }
        rows.clear();
    }

    private static void write(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }
}
