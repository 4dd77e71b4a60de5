package org.jixiao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes a {@link Problem} as its {@code application/problem+json} body: the one writer gateway and services use. */
public final class ProblemJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemJson() {}

    /** The body in UTF-8. */
    public static byte[] bytes(Problem problem) {
        try {
            return MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            // Strings, an int and a list of string pairs always serialise.
            throw new IllegalStateException("a problem could not be written", e);
        }
    }

    public static String text(Problem problem) {
        return new String(bytes(problem), java.nio.charset.StandardCharsets.UTF_8);
    }
}
