package org.jixiao.indicator.importing.files;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the Word document the tables are published in into their text layout, the one the seed files show: a
 * paragraph is a line; a table cell is a tab-indented line (its further paragraphs follow as plain lines); a blank
 * line ends a table row. One reader of that layout then serves both formats. The document is opened under the
 * {@link OfficeFiles} limits, so its text part is at most {@code jixiao.import.max-entry-size} before it is parsed.
 */
public final class DocxText {
    private DocxText() {}

    public static String of(byte[] docx) {
        return OfficeFiles.read(docx, "Word (DOCX) document", pkg -> {
            XWPFDocument document = new XWPFDocument(pkg); // closed with its package
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(text, table);
                }
            }
            return text.toString();
        });
    }

    private static void appendTable(StringBuilder text, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                List<XWPFParagraph> paragraphs = cell.getParagraphs();
                text.append('\t');
                for (int i = 0; i < paragraphs.size(); i++) {
                    text.append(i == 0 ? "" : "\n").append(paragraphs.get(i).getText());
                }
                text.append('\n');
            }
            text.append('\n');
        }
    }
}
