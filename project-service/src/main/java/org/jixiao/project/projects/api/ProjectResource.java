package org.jixiao.project.projects.api;

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
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.rest.Created;
import org.jixiao.kit.rest.IfMatch;
import org.jixiao.kit.rest.PageRequest;
import org.jixiao.kit.rest.PageResponse;
import org.jixiao.kit.rest.QueryParams;
import org.jixiao.project.projects.ProjectService;
import org.jixiao.project.projects.ProjectsPage;

@Path("/api/projects")
@Tag(name = "Projects", description = "Projects (项目), budgets and budget execution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
    private final ProjectService projects;
    private final CachedProjects cached;

    ProjectResource(ProjectService projects, CachedProjects cached) {
        this.projects = projects;
        this.cached = cached;
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
                                            value = ProjectExamples.PROJECT_REQUEST)))
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
                            examples = @ExampleObject(name = "project", value = ProjectExamples.PROJECT)))
    @APIResponse(responseCode = "403", description = "The key may not write for this unit")
    @APIResponse(responseCode = "409", description = "The unit already has a project of that name in that year")
    @APIResponse(
            responseCode = "422",
            description = "Invalid values, e.g. fiscal + other ≠ total, or a unitCode that is not registered")
    public Response register(ProjectRequest request) {
        ProjectResponse body = ProjectResponse.of(projects.register(request == null ? null : request.toFields()));
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
                                            value = ProjectExamples.PROJECT_PAGE)))
    @APIResponse(
            responseCode = "422",
            description = "page outside 0.." + PageRequest.MAX_PAGE + ", size outside 1.." + PageRequest.MAX_SIZE
                    + ", a number that is not one, or an over-long unitCode or name")
    public PageResponse<ProjectResponse> list(
            @QueryParam("unitCode") String unitCode,
            @Parameter(description = "exact fiscal year", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("fiscalYear")
                    String fiscalYear,
            @Parameter(description = "part of the name, case-insensitive; % and _ match themselves") @QueryParam("name")
                    String name,
            @Parameter(
                            description = "0-based page, default 0, at most " + PageRequest.MAX_PAGE,
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "page size, default " + PageRequest.DEFAULT_SIZE + ", at most "
                                    + PageRequest.MAX_SIZE,
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("size")
                    String size) {
        Violations violations = new Violations();
        TextLimits.check(violations, "unitCode", unitCode, TextLimits.CODE);
        TextLimits.check(violations, "name", name, TextLimits.NAME);
        Integer year = QueryParams.year("fiscalYear", fiscalYear, violations);
        Integer pageNumber = QueryParams.integer("page", page, violations);
        Integer pageSize = QueryParams.integer("size", size, violations);
        violations.throwIfAny();
        PageRequest pageRequest = PageRequest.of(pageNumber, pageSize);
        ProjectsPage found = projects.list(unitCode, year, name, pageRequest);
        List<ProjectResponse> items =
                found.items().stream().map(ProjectResponse::of).toList();
        return new PageResponse<>(items, pageRequest.page(), pageRequest.size(), found.total());
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
                            examples = @ExampleObject(name = "project", value = ProjectExamples.PROJECT)))
    @APIResponse(responseCode = "404", description = "No such project")
    public Response get(@PathParam("id") long id) {
        ProjectResponse body = cached.get(id, key -> ProjectResponse.of(projects.get(key)));
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
                                            value = ProjectExamples.PROJECT_UPDATE)))
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
                            examples = @ExampleObject(name = "more funds", value = ProjectExamples.PROJECT_UPDATED)))
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
        ProjectResponse body = ProjectResponse.of(
                projects.update(id, request == null ? null : request.toFields(), () -> IfMatch.version(ifMatch)));
        return Response.ok(body).tag(Long.toString(body.version())).build();
    }
}
