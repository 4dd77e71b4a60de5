package org.jixiao.project.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.rest.Created;
import org.jixiao.kit.rest.IfMatch;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.rest.PageResponse;
import org.jixiao.kit.rest.QueryParams;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.project.service.BudgetExecutionService;
import org.jixiao.project.service.ProjectService;

@Path("/api/projects")
@Tag(name = "Projects", description = "Projects (项目), budgets and budget execution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
    private final ProjectService projects;
    private final BudgetExecutionService executions;
    private final UnitScope scope;

    ProjectResource(ProjectService projects, BudgetExecutionService executions, UnitScope scope) {
        this.projects = projects;
        this.executions = executions;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Register a project with its budget")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "project",
                                            summary = "Table 1 of unit 573301: 2025年信息化运维项目, 11.00 万元",
                                            value = ApiExamples.PROJECT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; the period defaults to the fiscal year",
            headers =
                    @Header(
                            name = "Location",
                            description = "/api/projects/{id}",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class),
                            examples = @ExampleObject(name = "project", value = ApiExamples.PROJECT)))
    @APIResponse(responseCode = "403", description = "The key may not write for this unit")
    @APIResponse(responseCode = "409", description = "The unit already has a project of that name in that year")
    @APIResponse(
            responseCode = "422",
            description = "Invalid values, e.g. fiscal + other ≠ total, or a unitCode that is not registered")
    public Response register(ProjectRequest request) {
        if (request != null && request.unitCode() != null) {
            scope.requireWrite(request.unitCode());
        }
        ProjectResponse body = ProjectResponse.of(projects.register(request));
        return Created.at("/api/projects/" + body.id(), body);
    }

    @GET
    @Operation(summary = "List projects, filtered by unit, fiscal year and name substring")
    @APIResponse(
            responseCode = "200",
            description = "One page of projects, ordered by id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            summary = "?unitCode=573301&fiscalYear=2025",
                                            value = ApiExamples.PROJECT_PAGE)))
    @APIResponse(
            responseCode = "422",
            description = "page below 0, size outside 1.." + PageRequest.MAX_SIZE + ", or a number that is not one")
    public PageResponse<ProjectResponse> list(
            @QueryParam("unitCode") String unitCode,
            @Parameter(description = "exact fiscal year", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("fiscalYear")
                    String fiscalYear,
            @Parameter(description = "part of the name, case-insensitive; % and _ match themselves") @QueryParam("name")
                    String name,
            @Parameter(description = "0-based page, default 0", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "page size, default " + PageRequest.DEFAULT_SIZE + ", at most "
                                    + PageRequest.MAX_SIZE,
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("size")
                    String size) {
        Violations violations = new Violations();
        Integer year = QueryParams.year("fiscalYear", fiscalYear, violations);
        Integer pageNumber = QueryParams.integer("page", page, violations);
        Integer pageSize = QueryParams.integer("size", size, violations);
        violations.throwIfAny();
        return projects.list(unitCode, year, name, PageRequest.of(pageNumber, pageSize));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project", description = "The ETag is the version to send as If-Match when updating.")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The project's version, e.g. \"1\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class),
                            examples = @ExampleObject(name = "project", value = ApiExamples.PROJECT)))
    @APIResponse(responseCode = "404", description = "No such project")
    public Response get(@PathParam("id") long id) {
        ProjectResponse body = ProjectResponse.of(projects.get(id));
        return Response.ok(body).tag(Long.toString(body.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Update a project's name, budget, purpose, goals and period",
            description =
                    "Send the version you read as If-Match (the ETag of GET). Unit and fiscal year cannot change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "more funds",
                                            summary = "1.50 万元 of other funds added (If-Match: \"1\")",
                                            value = ApiExamples.PROJECT_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated, with the new version",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The new version, e.g. \"2\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class),
                            examples = @ExampleObject(name = "more funds", value = ApiExamples.PROJECT_UPDATED)))
    @APIResponse(responseCode = "403", description = "The key may not write for this project's unit")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "The project changed since that version, or the new name is taken")
    @APIResponse(
            responseCode = "422",
            description = "Invalid values, a changed unitCode or fiscalYear, or an If-Match that is not a version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(
            @PathParam("id") long id,
            @Parameter(description = "The version you read (the ETag of GET), e.g. \"1\"") @HeaderParam("If-Match")
                    String ifMatch,
            ProjectRequest request) {
        scope.requireWrite(projects.get(id).unitCode);
        ProjectResponse body = ProjectResponse.of(projects.update(id, request, IfMatch.version(ifMatch)));
        return Response.ok(body).tag(Long.toString(body.version())).build();
    }

    @POST
    @Path("/{id}/budget-execution")
    @Operation(summary = "Post cumulative spending as of a date")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BudgetExecutionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "half year",
                                            summary = "5.50 万元 spent by 30 June",
                                            value = ApiExamples.EXECUTION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded, with the execution rate (spent ÷ 预算数, 4 decimals; null when 预算数 is 0)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BudgetExecutionResponse.class),
                            examples = @ExampleObject(name = "half year", value = ApiExamples.EXECUTION)))
    @APIResponse(responseCode = "403", description = "The key may not write for this project's unit")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "422", description = "Invalid values, or a date not after the latest posting")
    public Response recordExecution(@PathParam("id") long id, BudgetExecutionRequest request) {
        scope.requireWrite(projects.get(id).unitCode);
        BudgetExecutionResponse body = executions.record(id, request);
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @GET
    @Path("/{id}/budget-execution")
    @Operation(summary = "All spending postings of a project, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The postings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetExecutionResponse.class),
                            examples = @ExampleObject(name = "two postings", value = ApiExamples.EXECUTION_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such project")
    public List<BudgetExecutionResponse> executionHistory(@PathParam("id") long id) {
        return executions.history(id);
    }
}
