package org.jixiao.monitoring.status;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.rest.QueryParams;
import org.jixiao.monitoring.rules.Status;

/**
 * The query parameters both status lists take: whose statuses, which of them, as of which day ({@link AsOfQuery}),
 * and which page. The examples ask for the AT_RISK statuses of unit 573301's 2025 projects at mid-year.
 */
public class StatusListQuery extends AsOfQuery {
    @Parameter(description = "the unit whose projects are listed", example = "573301")
    @QueryParam("unitCode")
    String unitCode;

    @Parameter(
            description = "only projects of this fiscal year",
            example = "2025",
            schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("fiscalYear")
    String fiscalYear;

    @Parameter(
            description = "only statuses of this kind",
            example = "AT_RISK",
            schema = @Schema(implementation = Status.class))
    @QueryParam("status")
    String status;

    @Parameter(description = "page number, from 0 (default 0)", schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("page")
    String page;

    @Parameter(
            description = "page size, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")",
            schema = @Schema(type = SchemaType.INTEGER))
    @QueryParam("size")
    String size;

    StatusQueries.Filter filter(String projectId, String warning) {
        return new StatusQueries.Filter(
                unitCode,
                QueryParams.id("projectId", projectId),
                QueryParams.year("fiscalYear", fiscalYear),
                status,
                warning,
                day());
    }

    PageRequest page() {
        return PageRequest.of(QueryParams.integer("page", page), QueryParams.integer("size", size));
    }
}
