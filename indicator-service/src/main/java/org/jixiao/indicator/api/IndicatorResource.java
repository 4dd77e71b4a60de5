package org.jixiao.indicator.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.indicator.service.IndicatorService;
import org.jixiao.kit.rest.Created;

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
    @APIResponse(responseCode = "201", description = "Defined, with the parsed target")
    @APIResponse(responseCode = "409", description = "The project already has this indicator")
    @APIResponse(responseCode = "422", description = "Invalid values, e.g. a 二级指标 not allowed under the 一级指标")
    public Response define(IndicatorRequest request) {
        IndicatorResponse body = IndicatorResponse.of(indicators.define(request));
        return Created.at("/api/indicators/" + body.id(), body);
    }

    @GET
    @Path("/indicators/{id}")
    @Operation(summary = "Get an indicator")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorResponse get(@PathParam("id") long id) {
        return IndicatorResponse.of(indicators.get(id));
    }

    @GET
    @Path("/projects/{projectId}/indicators")
    @Operation(summary = "All indicators of a project, in table order")
    @APIResponse(responseCode = "200", description = "The indicators")
    @APIResponse(responseCode = "404", description = "No such project")
    public List<IndicatorResponse> ofProject(@PathParam("projectId") long projectId) {
        return indicators.ofProject(projectId).stream()
                .map(IndicatorResponse::of)
                .toList();
    }
}
