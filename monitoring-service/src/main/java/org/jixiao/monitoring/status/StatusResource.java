package org.jixiao.monitoring.status;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.rest.PageResponse;

@Path("/api/status")
@Tag(name = "Status", description = "Achievement status and budget warnings, as of any date")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {
    private final StatusEvaluator evaluator;
    private final StatusQueries queries;

    StatusResource(StatusEvaluator evaluator, StatusQueries queries) {
        this.evaluator = evaluator;
        this.queries = queries;
    }

    @GET
    @Path("/indicators/{id}")
    @Operation(summary = "Status of an indicator")
    @APIResponse(responseCode = "200", description = "The status with actual, expected, ratio and forecast")
    @APIResponse(responseCode = "404", description = "Indicator not known")
    public IndicatorStatusView indicator(
            @PathParam("id") long id,
            @Parameter(description = "the day to evaluate on (default: today within the project period)")
                    @QueryParam("asOf")
                    LocalDate asOf) {
        return evaluator.indicator(id, asOf);
    }

    @GET
    @Path("/projects/{id}")
    @Operation(summary = "Status and budget warning of a project, with its indicators")
    @APIResponse(responseCode = "200", description = "The project's status")
    @APIResponse(responseCode = "404", description = "Project not known")
    public ProjectStatusView project(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return evaluator.project(id, asOf);
    }

    @GET
    @Path("/units/{code}")
    @Operation(summary = "Roll-up of a unit's projects")
    @APIResponse(responseCode = "200", description = "The unit's status with its projects")
    @APIResponse(responseCode = "404", description = "No projects of that unit are known")
    public UnitStatusView unit(
            @PathParam("code") String code,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("fiscalYear") Integer fiscalYear) {
        return evaluator.unit(code, fiscalYear, asOf);
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Indicator statuses of a unit or project, filtered by status (e.g. all OFF_TRACK)")
    @APIResponse(responseCode = "200", description = "One page of indicator statuses")
    @APIResponse(responseCode = "422", description = "Neither unitCode nor projectId, or an unknown status")
    public PageResponse<IndicatorStatusView> indicators(
            @QueryParam("unitCode") String unitCode,
            @QueryParam("projectId") Long projectId,
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("status") String status,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.indicators(
                new StatusQueries.Filter(unitCode, projectId, fiscalYear, status, null, asOf),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Project statuses of a unit, filtered by status and budget warning")
    @APIResponse(responseCode = "200", description = "One page of project statuses")
    @APIResponse(responseCode = "422", description = "No unitCode, or an unknown status or warning")
    public PageResponse<ProjectStatusView> projects(
            @QueryParam("unitCode") String unitCode,
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("status") String status,
            @QueryParam("warning") String warning,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.projects(
                new StatusQueries.Filter(unitCode, null, fiscalYear, status, warning, asOf),
                PageRequest.of(page, size));
    }
}
