package org.jixiao.project.api;

import org.jixiao.kit.problem.Violations;

/**
 * Whole-number query parameters, read by hand: JAX-RS answers an unconvertible {@code Integer} parameter with a bare
 * 404, while a client sending {@code ?size=ten} should learn which parameter is wrong (422).
 */
final class QueryNumbers {
    private QueryNumbers() {}

    /** The number, or null when absent; a text that is not a whole number is recorded as a violation. */
    static Integer integer(String field, String text, Violations violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            violations.add(field, "must be a whole number, not '" + text + "'");
            return null;
        }
    }
}
