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

    /** The title a problem of this status gets unless it names its own: the convention's, else the reason phrase. */
    public static String titleOf(int status) {
        return of(status).orElseGet(() -> reasonPhrase(status));
    }

    /** The HTTP reason phrase of an error status (as JAX-RS spells them), or "HTTP nnn" for an unknown one. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request-URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Requested Range Not Satisfiable";
            case 417 -> "Expectation Failed";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            case 511 -> "Network Authentication Required";
            default -> "HTTP " + status;
        };
    }
}
