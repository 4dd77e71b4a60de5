package org.jixiao.monitoring.status;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.monitoring.rules.Status;

/**
 * The query parameters both status lists take: whose statuses, which of them, as of which day, and which page. The
 * examples ask for the AT_RISK statuses of unit 573301's 2025 projects at mid-year.
 */
public class StatusListQuery {
    @Parameter(description = "the unit whose projects are listed", example = "573301")
    @QueryParam("unitCode")
    String unitCode;

    @Parameter(description = "only projects of this fiscal year", example = "2025")
    @QueryParam("fiscalYear")
    Integer fiscalYear;

    @Parameter(
            description = "only statuses of this kind",
            example = "AT_RISK",
            schema = @Schema(implementation = Status.class))
    @QueryParam("status")
    String status;

    @Parameter(description = StatusResource.AS_OF, example = "2025-06-30")
    @QueryParam("asOf")
    LocalDate asOf;

    @Parameter(description = "page number, from 0 (default 0)")
    @QueryParam("page")
    Integer page;

    @Parameter(description = "page size, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")")
    @QueryParam("size")
    Integer size;

    StatusQueries.Filter filter(Long projectId, String warning) {
        return new StatusQueries.Filter(unitCode, projectId, fiscalYear, status, warning, asOf);
    }

    PageRequest page() {
        return PageRequest.of(page, size);
    }
}
