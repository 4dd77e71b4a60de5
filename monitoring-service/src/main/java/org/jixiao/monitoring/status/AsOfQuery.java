package org.jixiao.monitoring.status;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jixiao.kit.rest.QueryParams;

/**
 * The day every status read evaluates on: the {@code asOf} query parameter, read by hand (see {@link QueryParams}) so
 * that a bad one is a 422 naming it.
 */
public class AsOfQuery {
    @Parameter(
            description = "the day to evaluate on, YYYY-MM-DD (default: today within each project's period)",
            example = "2025-06-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("asOf")
    String asOf;

    /** The day asked for, or null for today. */
    LocalDate day() {
        return QueryParams.date("asOf", asOf);
    }
}
