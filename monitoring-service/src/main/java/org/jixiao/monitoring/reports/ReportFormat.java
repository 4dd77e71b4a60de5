package org.jixiao.monitoring.reports;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.kit.problem.ProblemException;

/**
 * How a report is answered: JSON by default, XLSX when the client prefers it in {@code Accept} or asks for it with
 * {@code ?format=xlsx} (a browser link cannot set headers).
 */
public enum ReportFormat {
    JSON,
    XLSX;

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX_TYPE =
            new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** {@code format} wins over {@code Accept}; among accepted types the client's preference (q) decides. */
    public static ReportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "xlsx" -> XLSX;
                default -> throw ProblemException.invalid("format", "must be json or xlsx, got '" + format + "'");
            };
        }
        if (acceptable == null || acceptable.isEmpty()) {
            return JSON;
        }
        List<MediaType> preferred = acceptable.stream()
                .filter(type -> quality(type) > 0)
                .sorted(Comparator.comparingDouble(ReportFormat::quality).reversed())
                .toList();
        for (MediaType type : preferred) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
            if (type.isCompatible(XLSX_TYPE)) {
                return XLSX;
            }
        }
        throw new ProblemException(
                406,
                "Not acceptable",
                "reports are answered as " + MediaType.APPLICATION_JSON + " or " + XLSX_MEDIA_TYPE,
                List.of(),
                Map.of());
    }

    /** The answer: the report as JSON, or the workbook as a download named {@code file}. */
    public Response respond(Object report, Supplier<byte[]> workbook, FileName file) {
        if (this == JSON) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(workbook.get(), XLSX_MEDIA_TYPE)
                .header("Content-Disposition", file.contentDisposition())
                .build();
    }

    private static double quality(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A download's name: plain ASCII for every client, and the Chinese name (RFC 6266 {@code filename*}) for those
     * that read it.
     */
    public record FileName(String ascii, String display) {
        String contentDisposition() {
            String encoded = URLEncoder.encode(display, StandardCharsets.UTF_8).replace("+", "%20");
            return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
        }

        /** Keeps letters, digits, '-' and '_' of a code, so it cannot break the header or the file name. */
        static String safe(String text) {
            return text.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }
}
