package org.jixiao.kit.rest;

import java.util.List;
import java.util.Map;
import org.jixiao.kit.problem.Echo;
import org.jixiao.kit.problem.ProblemException;

/** Reads the version a client expects from {@code If-Match: "3"} (weak tags and bare numbers accepted too). */
public final class IfMatch {
    private IfMatch() {}

    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(
                    428,
                    "Precondition required",
                    "send the version you read as If-Match, e.g. If-Match: \"1\"",
                    List.of(),
                    Map.of());
        }
        String tag = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be a version such as \"1\", not " + Echo.of(header));
        }
    }
}
