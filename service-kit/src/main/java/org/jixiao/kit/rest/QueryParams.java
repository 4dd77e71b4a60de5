package org.jixiao.kit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jixiao.kit.problem.ProblemException;

/**
 * Query parameters read by hand, so that a bad one is a 422 naming it: JAX-RS answers a query parameter it cannot
 * convert with a bare 404, as if the resource did not exist.
 */
public final class QueryParams {
    private QueryParams() {}

    /** An ISO date, or null when absent. */
    public static LocalDate date(String field, String text) {
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
    public static Integer year(String field, String text) {
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

    /** A whole number, or null when absent (ranges are checked where the meaning is known). */
    public static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number, got '" + text + "'");
        }
    }

    /** An id such as 42, or null when absent. */
    public static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, like a zero or negative id
        }
        throw ProblemException.invalid(field, "must be an id (a positive whole number), got '" + text + "'");
    }
}
