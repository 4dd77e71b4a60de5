package org.jixiao.monitoring.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.kit.problem.ProblemException;

/** A progress batch as CSV: UTF-8 (a byte order mark is fine), a header row, then one report per record. */
final class CsvBatchReader {
    private CsvBatchReader() {}

    /** @param field what file-level errors are reported against: {@code body}, or {@code file} for an upload */
    static List<BatchRow> read(byte[] csv, int maxRows, String field) {
        String text = utf8(csv, field);
        List<BatchRow> rows = new ArrayList<>();
        ReportColumns[] columns = new ReportColumns[1];
        try {
            CsvRecords.parse(text, record -> {
                if (record.blank()) {
                    return;
                }
                if (columns[0] == null) {
                    columns[0] = ReportColumns.of(record.fields());
                    return;
                }
                BatchLimits.checkCount(rows.size() + 1, maxRows);
                rows.add(columns[0].row(rows.size(), record.line(), record.fields()));
            });
        } catch (CsvRecords.MalformedCsv e) {
            throw ProblemException.invalid(field, "line " + e.line + ": " + e.getMessage());
        }
        BatchLimits.checkNotEmpty(rows);
        return rows;
    }

    private static String utf8(byte[] bytes, String field) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(field, "is not UTF-8 text; save the CSV as UTF-8");
        }
    }
}
