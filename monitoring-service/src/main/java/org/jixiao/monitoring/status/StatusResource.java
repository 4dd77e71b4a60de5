package org.jixiao.monitoring.status;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.kit.rest.PageResponse;
import org.jixiao.kit.rest.QueryParams;
import org.jixiao.monitoring.ApiExamples;
import org.jixiao.monitoring.rules.Warning;

@Path("/api/status")
@Tag(name = "Status", description = "Achievement status and budget warnings, as of any date")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "503", description = "The database is unreachable; retry after Retry-After seconds")
public class StatusResource {
    private static final String UNREADABLE = ", or an id in the path that is not a number";
    private static final String BAD_QUERY = "asOf is not a date YYYY-MM-DD";
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final StatusEvaluator evaluator;
    private final StatusQueries queries;
    private final ProjectViews views;

    StatusResource(StatusEvaluator evaluator, StatusQueries queries, ProjectViews views) {
        this.evaluator = evaluator;
        this.queries = queries;
        this.views = views;
    }

    @GET
    @Path("/indicators/{id}")
    @Operation(summary = "Status of an indicator")
    @APIResponse(
            responseCode = "200",
            description = "The status with actual, expected, ratio and forecast",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorStatusView.class),
                            examples = @ExampleObject(name = "年中", value = ApiExamples.INDICATOR_STATUS)))
    @APIResponse(responseCode = "404", description = "Indicator not known" + UNREADABLE)
    @APIResponse(responseCode = "422", description = BAD_QUERY)
    public IndicatorStatusView indicator(
            @Parameter(example = "7") @PathParam("id") long id, @BeanParam AsOfQuery asOf) {
        return evaluator.indicator(id, asOf.day());
    }

    @GET
    @Path("/projects/{id}")
    @Operation(summary = "Status and budget warning of a project, with its indicators")
    @APIResponse(
            responseCode = "200",
            description = "The project's status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectStatusView.class),
                            examples = @ExampleObject(name = "年中", value = ApiExamples.PROJECT_STATUS)))
    @APIResponse(responseCode = "404", description = "Project not known" + UNREADABLE)
    @APIResponse(responseCode = "422", description = BAD_QUERY)
    public Response project(@Parameter(example = "42") @PathParam("id") long id, @BeanParam AsOfQuery asOf) {
        LocalDate day = asOf.day();
        // The answer stored by the last re-evaluation while it is current (almost every read of today's status), else
        // an evaluation, e.g. for a day in the past: docs/operations.md, "Stored status views".
        return views.current(id, day)
                .map(stored -> Response.ok(stored, JSON))
                .orElseGet(() -> Response.ok(evaluator.project(id, day)))
                .build();
    }

    @GET
    @Path("/units/{code}")
    @Operation(summary = "Roll-up of a unit's projects")
    @APIResponse(
            responseCode = "200",
            description = "The unit's status with its projects",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitStatusView.class),
                            examples = @ExampleObject(name = "年中", value = ApiExamples.UNIT_STATUS)))
    @APIResponse(responseCode = "404", description = "No projects of that unit (in that fiscal year) are known")
    @APIResponse(responseCode = "422", description = BAD_QUERY + ", or fiscalYear is not a year")
    public UnitStatusView unit(
            @Parameter(example = "573301") @PathParam("code") String code,
            @BeanParam AsOfQuery asOf,
            @Parameter(
                            description = "only projects of this fiscal year",
                            example = "2025",
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("fiscalYear")
                    String fiscalYear) {
        return evaluator.unit(code, QueryParams.year("fiscalYear", fiscalYear), asOf.day());
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Indicator statuses of a unit or project, filtered by status (e.g. all OFF_TRACK)")
    @APIResponse(
            responseCode = "200",
            description = "One page of indicator statuses",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusPages.Indicators.class),
                            examples = @ExampleObject(name = "滞后的指标", value = ApiExamples.INDICATOR_STATUS_PAGE)))
    @APIResponse(
            responseCode = "404",
            description =
                    "projectId names no known project, or the unit has no projects (in that fiscal year)" + UNREADABLE)
    @APIResponse(
            responseCode = "422",
            description = "Neither unitCode nor projectId, an unknown status, page/size out of range, or a query"
                    + " parameter that cannot be read (a number, year or date)")
    public PageResponse<IndicatorStatusView> indicators(
            @BeanParam StatusListQuery query,
            @Parameter(
                            description = "instead of unitCode: the indicators of this project",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @QueryParam("projectId")
                    String projectId) {
        return queries.indicators(query.filter(projectId, null), query.page());
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Project statuses of a unit, filtered by status and budget warning")
    @APIResponse(
            responseCode = "200",
            description = "One page of project statuses",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusPages.Projects.class),
                            examples = @ExampleObject(name = "滞后的项目", value = ApiExamples.PROJECT_STATUS_PAGE)))
    @APIResponse(responseCode = "404", description = "The unit has no projects (in that fiscal year)" + UNREADABLE)
    @APIResponse(
            responseCode = "422",
            description = "No unitCode, an unknown status or warning, page/size out of range, or a query parameter"
                    + " that cannot be read (a number, year or date)")
    public PageResponse<ProjectStatusView> projects(
            @BeanParam StatusListQuery query,
            @Parameter(description = "only this budget warning", schema = @Schema(implementation = Warning.class))
                    @QueryParam("warning")
                    String warning) {
        return queries.projects(query.filter(null, warning), query.page());
    }
}
