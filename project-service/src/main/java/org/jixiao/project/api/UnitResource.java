package org.jixiao.project.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.kit.rest.Created;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.project.service.UnitService;

@Path("/api/units")
@Tag(name = "Units", description = "Budget units (预算单位)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {
    private final UnitService units;
    private final UnitScope scope;

    UnitResource(UnitService units, UnitScope scope) {
        this.units = units;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Register a budget unit", description = "Registering the same unit again answers 200.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "Already registered with the same values")
    @APIResponse(responseCode = "403", description = "The key may not register this unit")
    @APIResponse(responseCode = "409", description = "The code is registered with another name")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response register(UnitRequest request) {
        // A unit key may register (or re-register) only its own unit; new units are otherwise the admin's job.
        if (request != null && request.code() != null) {
            scope.requireWrite(request.code());
        }
        UnitService.Registration registration = units.register(request);
        UnitResponse body = UnitResponse.of(registration.unit());
        return registration.created()
                ? Created.at("/api/units/" + body.code(), body)
                : Response.ok(body).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a budget unit")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public UnitResponse get(@PathParam("code") String code) {
        return UnitResponse.of(units.get(code));
    }
}
