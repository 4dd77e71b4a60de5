package org.jixiao.monitoring.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.web.Problem;

/**
 * The columns of a progress batch file (CSV or XLSX): the header row names them in any order, matched without regard
 * to case; {@code indicatorId}, {@code asOf} and {@code value} are required. Turns one row of cell texts into a report,
 * noting every cell that cannot be read.
 */
final class ReportColumns {
    static final List<String> NAMES = List.of(
            "indicatorId",
            "asOf",
            "value",
            "likelihood",
            "deviationCategory",
            "deviationReason",
            "correctiveAction",
            "forecast",
            "corrects",
            "reporter");
    static final List<String> REQUIRED = List.of("indicatorId", "asOf", "value");

    /** For each name in {@link #NAMES}, its position in the file's rows, or -1. */
    private final int[] positions;

    private final int width;

    private ReportColumns(int[] positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** Reads the header row; a header that is not usable is a 422 naming field {@code header}. */
    static ReportColumns of(List<String> header) {
        int[] positions = new int[NAMES.size()];
        Arrays.fill(positions, -1);
        List<Problem.Violation> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            int known = indexOf(name);
            if (known < 0) {
                problems.add(new Problem.Violation("header", "unknown column '" + name + "'; columns are " + NAMES));
            } else if (positions[known] >= 0) {
                problems.add(new Problem.Violation("header", "column '" + name + "' appears twice"));
            } else {
                positions[known] = i;
            }
        }
        for (String required : REQUIRED) {
            if (positions[NAMES.indexOf(required)] < 0) {
                problems.add(new Problem.Violation("header", "column '" + required + "' is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new ReportColumns(positions, header.size());
    }

    /** The report in one data row; {@code cells} are the texts of its cells, null or blank when empty. */
    BatchRow row(int index, int fileRow, List<String> cells) {
        List<Problem.Violation> problems = new ArrayList<>();
        BatchRow located = new BatchRow(index, fileRow, null, List.of());
        if (cells.size() > width
                && cells.subList(width, cells.size()).stream().anyMatch(c -> c != null && !c.isBlank())) {
            problems.add(located.violation("body", "has " + cells.size() + " fields, the header has " + width));
        }
        Long indicatorId = null;
        String id = cell(cells, "indicatorId");
        if (id != null) {
            try {
                indicatorId = Long.parseLong(id);
            } catch (NumberFormatException e) {
                problems.add(located.violation("indicatorId", "must be a whole number, not '" + id + "'"));
            }
        }
        LocalDate asOf = null;
        String date = cell(cells, "asOf");
        if (date != null) {
            try {
                asOf = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(located.violation("asOf", "must be a date YYYY-MM-DD, not '" + date + "'"));
            }
        }
        UUID corrects = null;
        String corrected = cell(cells, "corrects");
        if (corrected != null) {
            try {
                corrects = UUID.fromString(corrected);
            } catch (IllegalArgumentException e) {
                problems.add(
                        located.violation("corrects", "must be the event id of a report, not '" + corrected + "'"));
            }
        }
        String category = cell(cells, "deviationCategory");
        String reason = cell(cells, "deviationReason");
        ProgressRequest request = new ProgressRequest(
                indicatorId,
                asOf,
                cell(cells, "value"),
                cell(cells, "likelihood"),
                category == null && reason == null ? null : new ProgressRequest.Deviation(category, reason),
                cell(cells, "correctiveAction"),
                cell(cells, "forecast"),
                corrects,
                cell(cells, "reporter"));
        return new BatchRow(index, fileRow, request, problems);
    }

    /** The stripped text of a named column in this row; null when the column is absent or the cell empty. */
    private String cell(List<String> cells, String name) {
        int position = positions[NAMES.indexOf(name)];
        if (position < 0 || position >= cells.size() || cells.get(position) == null) {
            return null;
        }
        String text = cells.get(position).strip();
        return text.isEmpty() ? null : text;
    }

    private static int indexOf(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
