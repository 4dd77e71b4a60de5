package org.jixiao.web;

import java.util.Optional;

/**
 * The titles of the problems (RFC 9457) the services and the gateway answer with, where they differ from the
 * status's reason phrase; one table, so that the services' answers, the gateway's own and the API documents agree.
 */
public final class ProblemTitles {
    public static final String BAD_REQUEST = "Bad request";
    public static final String NOT_FOUND = "Not found";
    public static final String PAYLOAD_TOO_LARGE = "Payload too large";
    public static final String INVALID_VALUES = "Invalid values";
    public static final String SERVICE_UNAVAILABLE = "Service unavailable";

    private ProblemTitles() {}

    /** The convention's own title of the status; empty where the reason phrase is the title. */
    public static Optional<String> of(int status) {
        return Optional.ofNullable(
                switch (status) {
                    case 400 -> BAD_REQUEST;
                    case 404 -> NOT_FOUND;
                    case 413 -> PAYLOAD_TOO_LARGE;
                    case 422 -> INVALID_VALUES;
                    case 503 -> SERVICE_UNAVAILABLE;
                    default -> null;
                });
    }
}
