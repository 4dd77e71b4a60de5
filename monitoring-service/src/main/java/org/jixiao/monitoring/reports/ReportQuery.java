package org.jixiao.monitoring.reports;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jixiao.kit.rest.QueryParams;

/**
 * The query parameters every report takes: the day it is as of, and the format that overrides {@code Accept}. Both
 * are read by hand (see {@link QueryParams}), so a bad one is a 422 naming it.
 */
public class ReportQuery {
    @Parameter(
            description = "the day the report is as of, YYYY-MM-DD (default: today within the project period)",
            example = "2025-06-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("asOf")
    String asOf;

    @Parameter(
            description = "json or xlsx; overrides Accept (for links in a browser)",
            schema = @Schema(enumeration = {"json", "xlsx"}))
    @QueryParam("format")
    String format;

    /** How to answer; checked before anything else is read, as the format decides what a client can use at all. */
    ReportFormat answer(HttpHeaders headers) {
        return ReportFormat.choose(format, headers.getAcceptableMediaTypes());
    }

    LocalDate asOf() {
        return QueryParams.date("asOf", asOf);
    }
}
