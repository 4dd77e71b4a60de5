package org.jixiao.monitoring.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits CSV text (RFC 4180) into records: comma-separated fields, double quotes around fields that hold commas,
 * quotes or line breaks, {@code ""} for a quote inside them, LF or CRLF line ends, and a leading byte order mark
 * ignored. Each record carries the line it starts on, so errors point at what the user sees in an editor.
 */
final class CsvRecords {
    private static final char BOM = '\uFEFF';

    record CsvRecord(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Malformed CSV: where and why. */
    static final class MalformedCsv extends RuntimeException {
        final int line;

        MalformedCsv(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final String text;
    private int pos;
    private int line = 1;

    private CsvRecords(String text) {
        this.text = text;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    /** Hands every record to the consumer in order, stopping early if the consumer throws. */
    static void parse(String text, Consumer<CsvRecord> each) {
        CsvRecords reader = new CsvRecords(text);
        while (reader.pos < reader.text.length()) {
            each.accept(reader.next());
        }
    }

    static List<CsvRecord> parse(String text) {
        List<CsvRecord> records = new ArrayList<>();
        parse(text, records::add);
        return records;
    }

    private CsvRecord next() {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(peek() == '"' ? quoted() : plain());
            if (pos >= text.length()) {
                return new CsvRecord(startLine, fields);
            }
            char c = text.charAt(pos++);
            if (c == ',') {
                continue;
            }
            // c is a line break: a CR may be followed by its LF.
            if (c == '\r' && peek() == '\n') {
                pos++;
            }
            line++;
            return new CsvRecord(startLine, fields);
        }
    }

    /** Up to the next comma or line break, as it is. */
    private String plain() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new MalformedCsv(line, "a quote inside an unquoted field; quote the whole field");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int startLine = line;
        pos++;
        StringBuilder field = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (peek() == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                char after = peek();
                if (after != ',' && after != '\n' && after != '\r' && after != 0) {
                    throw new MalformedCsv(line, "text after the closing quote of a field");
                }
                return field.toString();
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append(c);
        }
        throw new MalformedCsv(startLine, "a quoted field is not closed");
    }

    /** The next character, or 0 at the end. */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }
}
