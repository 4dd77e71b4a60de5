package org.jixiao.monitoring.intake;

import java.util.List;
import java.util.Map;
import org.jixiao.web.Problem;

/**
 * One report of a batch: its 0-based position, the row it came from in a CSV or XLSX file (null for JSON), the report
 * as read, and what could not be read. Violations name the report as {@code [index].field}; for file rows the field
 * is the column name and the message starts with the file row, e.g. {@code [3].value: row 5: …}.
 */
record BatchRow(int index, Integer fileRow, ProgressRequest request, List<Problem.Violation> violations) {
    /** The request's JSON paths as the file columns that carry them. */
    private static final Map<String, String> COLUMNS =
            Map.of("deviation.category", "deviationCategory", "deviation.reason", "deviationReason");

    BatchRow {
        violations = List.copyOf(violations);
    }

    static BatchRow read(int index, Integer fileRow, ProgressRequest request) {
        return new BatchRow(index, fileRow, request, List.of());
    }

    /** A violation of this report's field, named and located by the batch convention. */
    Problem.Violation violation(String field, String message) {
        return new Problem.Violation(field(field), fileRow == null ? message : "row " + fileRow + ": " + message);
    }

    private String field(String field) {
        if (field == null || field.isEmpty() || field.equals("body")) {
            return "[" + index + "]";
        }
        String name = fileRow == null ? field : COLUMNS.getOrDefault(field, field);
        return "[" + index + "]." + name;
    }
}
