package org.jixiao.project.units.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.kit.rest.Created;
import org.jixiao.project.units.UnitService;

@Path("/api/units")
@Tag(name = "Units", description = "Budget units (预算单位)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {
    private final UnitService units;

    UnitResource(UnitService units) {
        this.units = units;
    }

    @POST
    @Operation(summary = "Register a budget unit", description = "Registering the same unit again answers 200.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "unit",
                                            summary = "Unit 573301 of the published tables",
                                            value = UnitExamples.UNIT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers =
                    @Header(
                            name = "Location",
                            description = "/api/units/{code}",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitResponse.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(
            responseCode = "200",
            description = "Already registered with the same values",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitResponse.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(responseCode = "403", description = "The key may not register this unit")
    @APIResponse(responseCode = "409", description = "The code is registered with another name or parent")
    @APIResponse(
            responseCode = "422",
            description = "Invalid values: code missing or not 2 to 32 letters or digits, name missing, or a bad"
                    + " parentCode")
    public Response register(UnitRequest request) {
        UnitService.Registration registration = units.register(request == null ? null : request.toUnit());
        UnitResponse body = UnitResponse.of(registration.unit());
        return registration.created()
                ? Created.at("/api/units/" + body.code(), body)
                : Response.ok(body).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a budget unit")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitResponse.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(responseCode = "404", description = "No such unit")
    public UnitResponse get(@PathParam("code") String code) {
        return UnitResponse.of(units.get(code));
    }
}
