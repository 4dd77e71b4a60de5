package org.jixiao.monitoring.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jixiao.kit.problem.ProblemException;

/** Query parameters of the reports, read by hand so that a bad one is a 422 naming it rather than a bare 404. */
final class ReportParams {
    private ReportParams() {}

    /** An ISO date, or null when absent. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    /** A fiscal year such as 2025, or null when absent. */
    static Integer year(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1900 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range year
        }
        throw ProblemException.invalid(field, "must be a year such as 2025, got '" + text + "'");
    }
}
