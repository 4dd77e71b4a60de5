package org.jixiao.targets.table;

/**
 * One meaningful piece of the text layout.
 *
 * @param line 1-based line where it starts
 * @param type what the line is
 * @param text the cell or title text, trimmed; lines that continue a cell are joined with '\n'
 */
record Token(int line, Type type, String text) {

    enum Type {
        /** A table title, e.g. "[bookmark: _Toc_…]1.2025年…绩效目标表". */
        TITLE,
        /** One table cell: a line that starts with a tab (possibly after stray spaces). */
        CELL,
        /** An empty line: separates rows and sections. */
        BLANK
    }

    boolean isCell() {
        return type == Type.CELL;
    }

    Token append(String continuation) {
        return new Token(line, type, text + "\n" + continuation);
    }
}
