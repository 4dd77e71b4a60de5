package org.jixiao.gateway.proxy.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which media types a write may send as its body, per route family: the one table the gateway checks Content-Type
 * against before anything reaches a service. It mirrors the services' {@code @Consumes}: everything reads JSON,
 * except the imports (indicator-service's ImportResource: the published text layout, DOCX, XLSX or a form upload)
 * and the progress batch (monitoring-service's ProgressBatchResource: JSON, CSV, XLSX or a form upload).
 */
public final class BodyTypes {

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain";
    public static final String CSV = "text/csv";
    public static final String MULTIPART = "multipart/form-data";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private record Family(PathPattern pattern, List<String> types) {}

    // First match wins; any other path the gateway serves or routes reads JSON.
    private static final List<Family> FAMILIES = List.of(
            family("/api/imports/**", TEXT, DOCX, XLSX, MULTIPART),
            family("/api/progress/batch", JSON, CSV, XLSX, MULTIPART));
    private static final List<String> DEFAULT = List.of(JSON);

    private BodyTypes() {}

    /**
     * The media types a body sent to this path may have; empty for paths that read no body or that nobody serves
     * (their own handlers answer 405 or 404, which says more than 415 would).
     */
    public static Optional<List<String>> accepted(String path) {
        if (!RouteTable.servedByGateway(path) && RouteTable.route(path).isEmpty()) {
            return Optional.empty();
        }
        for (Family family : FAMILIES) {
            if (family.pattern().matches(path)) {
                return Optional.of(family.types());
            }
        }
        return Optional.of(DEFAULT);
    }

    /**
     * Whether a Content-Type header names one of the types. Parameters (charset, boundary) do not matter, and media
     * types are case-insensitive (RFC 9110 §8.3.1).
     */
    public static boolean accepts(List<String> types, String contentType) {
        return contentType != null && types.contains(mediaType(contentType));
    }

    /** The media type of a Content-Type header, without its parameters, in lower case. */
    public static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static Family family(String pattern, String... types) {
        return new Family(PathPattern.of(pattern), List.of(types));
    }
}
