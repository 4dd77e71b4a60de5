package org.jixiao.indicator.indicators.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.jixiao.indicator.indicators.IndicatorService;
import org.jixiao.kit.rest.Created;
import org.jixiao.kit.rest.IfMatch;

@Path("/api")
@Tag(name = "Indicators", description = "Performance indicators (绩效指标) and their targets")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    private final IndicatorService indicators;

    IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @POST
    @Path("/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Define an indicator with its target",
            description = "The target is parsed by the 指标值 grammar.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "quantity",
                                            summary = "硬件采购（维护）数量 ≥17台, half of it planned by 30 June",
                                            value = ApiExamples.INDICATOR_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Defined, with the parsed target",
            headers =
                    @Header(
                            name = "Location",
                            description = "/api/indicators/{id}",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorResponse.class),
                            examples = @ExampleObject(name = "quantity", value = ApiExamples.INDICATOR)))
    @APIResponse(responseCode = "403", description = "The key may not write for the project's unit")
    @APIResponse(responseCode = "409", description = "The project already has this indicator (same 一级, 二级 and 三级指标)")
    @APIResponse(
            responseCode = "422",
            description = "Invalid values, e.g. a 二级指标 not allowed under the 一级指标, or a project this service does"
                    + " not know (yet)")
    public Response define(IndicatorRequest request) {
        IndicatorResponse body = IndicatorResponse.of(indicators.define(request == null ? null : request.toCommand()));
        return Created.at("/api/indicators/" + body.id(), body);
    }

    @GET
    @Path("/indicators/{id}")
    @Operation(
            summary = "Get an indicator",
            description = "The ETag is its revision, to send as If-Match when revising.")
    @APIResponse(
            responseCode = "200",
            description = "The indicator at its latest revision",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The revision, e.g. \"1\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorResponse.class),
                            examples = @ExampleObject(name = "quantity", value = ApiExamples.INDICATOR)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response get(@PathParam("id") long id) {
        IndicatorResponse body = IndicatorResponse.of(indicators.get(id));
        return Response.ok(body).tag(Integer.toString(body.revision())).build();
    }

    @PUT
    @Path("/indicators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revise an indicator's target, description, weight or milestone plan",
            description =
                    "Creates a new revision; the earlier ones stay readable. Send the revision you read as If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RevisionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "raised target",
                                            summary = "≥17台 raised to ≥20台, weight 10 (If-Match: \"1\")",
                                            value = ApiExamples.REVISION_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The new revision, e.g. \"2\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorResponse.class),
                            examples = @ExampleObject(name = "raised target", value = ApiExamples.INDICATOR_REVISED)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "403", description = "The key may not write for the indicator's unit")
    @APIResponse(responseCode = "409", description = "The indicator was revised since the revision in If-Match")
    @APIResponse(responseCode = "422", description = "Invalid values, or an If-Match that is not a revision number")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response revise(
            @PathParam("id") long id,
            @Parameter(description = "The revision you read (the ETag of GET), e.g. \"1\"") @HeaderParam("If-Match")
                    String ifMatch,
            RevisionRequest request) {
        int expected = (int) IfMatch.version(ifMatch);
        IndicatorResponse body =
                IndicatorResponse.of(indicators.revise(id, request == null ? null : request.toCommand(), expected));
        return Response.ok(body).tag(Integer.toString(body.revision())).build();
    }

    @GET
    @Path("/indicators/{id}/revisions")
    @Operation(summary = "Every revision of an indicator, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The revisions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionResponse.class),
                            examples = @ExampleObject(name = "two revisions", value = ApiExamples.REVISIONS)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public List<RevisionResponse> revisions(@PathParam("id") long id) {
        return indicators.revisions(id).stream().map(RevisionResponse::of).toList();
    }

    @GET
    @Path("/projects/{projectId}/indicators")
    @Operation(summary = "All indicators of a project, in table order")
    @APIResponse(
            responseCode = "200",
            description = "The indicators",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorResponse.class),
                            examples = @ExampleObject(name = "three rows", value = ApiExamples.PROJECT_INDICATORS)))
    @APIResponse(responseCode = "404", description = "No such project known to this service (yet)")
    public List<IndicatorResponse> ofProject(@PathParam("projectId") long projectId) {
        return indicators.ofProject(projectId).stream()
                .map(IndicatorResponse::of)
                .toList();
    }
}
