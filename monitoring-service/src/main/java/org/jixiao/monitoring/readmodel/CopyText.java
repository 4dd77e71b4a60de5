package org.jixiao.monitoring.readmodel;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}: columns separated by a tab, rows ended by a
 * newline, a missing value written {@code \N}. In a value, a backslash, tab, newline or carriage return would end it
 * early or change it, so each is written as its backslash escape.
 */
final class CopyText {
    private CopyText() {}

    /** Appends one row; each column is written as its {@code toString()}, or as missing when null. */
    static void row(StringBuilder out, Object... columns) {
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            if (columns[i] == null) {
                out.append("\\N");
            } else {
                escape(out, columns[i].toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
