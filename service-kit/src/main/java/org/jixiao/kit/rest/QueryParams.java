package org.jixiao.kit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.jixiao.kit.problem.Echo;
import org.jixiao.kit.problem.Violations;

/**
 * Query parameters read by hand, so that a bad one is a 422 naming it: JAX-RS answers a query parameter it cannot
 * convert with a bare 404, as if the resource did not exist.
 *
 * <p>Each reader comes in two forms. With a {@link Violations}, a bad value is recorded there and read as absent, so
 * that an endpoint with several parameters names every bad one in one answer; without, it is answered at once.
 */
public final class QueryParams {
    private QueryParams() {}

    /** An ISO date, or null when absent. */
    public static LocalDate date(String field, String text, Violations violations) {
        return read(field, text, violations, "must be a date YYYY-MM-DD", QueryParams::parseDate);
    }

    public static LocalDate date(String field, String text) {
        return answered(violations -> date(field, text, violations));
    }

    /** A fiscal year such as 2025, or null when absent. */
    public static Integer year(String field, String text, Violations violations) {
        return read(field, text, violations, "must be a year such as 2025", QueryParams::parseYear);
    }

    public static Integer year(String field, String text) {
        return answered(violations -> year(field, text, violations));
    }

    /** A whole number, or null when absent (ranges are checked where the meaning is known). */
    public static Integer integer(String field, String text, Violations violations) {
        return read(field, text, violations, "must be a whole number", Integer::valueOf);
    }

    public static Integer integer(String field, String text) {
        return answered(violations -> integer(field, text, violations));
    }

    /** An id such as 42, or null when absent. */
    public static Long id(String field, String text, Violations violations) {
        return read(field, text, violations, "must be an id (a positive whole number)", QueryParams::parseId);
    }

    public static Long id(String field, String text) {
        return answered(violations -> id(field, text, violations));
    }

    /** The parsed value; null when absent, or when unreadable, which is then recorded. */
    private static <T> T read(
            String field, String text, Violations violations, String rule, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(field, rule + ", got '" + Echo.of(text) + "'");
            return null;
        }
    }

    private static <T> T answered(Function<Violations, T> reader) {
        Violations violations = new Violations();
        T value = reader.apply(violations);
        violations.throwIfAny();
        return value;
    }

    private static LocalDate parseDate(String text) {
        return LocalDate.parse(text);
    }

    private static Integer parseYear(String text) {
        int year = Integer.parseInt(text);
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("out of range");
        }
        return year;
    }

    private static Long parseId(String text) {
        long id = Long.parseLong(text);
        if (id <= 0) {
            throw new IllegalArgumentException("not positive");
        }
        return id;
    }
}
