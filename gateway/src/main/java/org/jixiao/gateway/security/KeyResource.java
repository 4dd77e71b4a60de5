package org.jixiao.gateway.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.gateway.problem.Problem;

@Path("/api/keys")
@Tag(name = "API keys", description = "Keys for other systems, departments and dashboards (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class KeyResource {
    private final ApiKeys keys;

    KeyResource(ApiKeys keys) {
        this.keys = keys;
    }

    /** A key as listed: never its secret. */
    public record KeyView(
            UUID id, String role, List<String> unitCodes, String label, Instant createdAt, Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id, key.role, key.unitCodeList(), key.label, key.createdAt, key.revokedAt);
        }
    }

    /** The answer to a creation: the only time the secret is shown. */
    public record CreatedKey(
            UUID id, String apiKey, String role, List<String> unitCodes, String label, Instant createdAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API key",
            description = "The secret (apiKey) is shown in this answer only; store it. Exchange it at"
                    + " POST /api/auth/token for a bearer token.")
    @APIResponse(responseCode = "201", description = "Created, with the secret")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "422", description = "Unknown role, or unit codes missing or not allowed")
    public Response create(KeyRequest request) {
        List<Problem.Violation> violations =
                request == null ? List.of(new Problem.Violation("body", "role is required")) : request.violations();
        if (!violations.isEmpty()) {
            throw GatewayProblem.invalid(violations);
        }
        ApiKeys.Issued issued = keys.create(request);
        ApiKey key = issued.key();
        CreatedKey body =
                new CreatedKey(key.id, issued.secret(), key.role, key.unitCodeList(), key.label, key.createdAt);
        return Response.created(URI.create("/api/keys/" + key.id)).entity(body).build();
    }

    @GET
    @Operation(summary = "List API keys, revoked ones included (never their secrets)")
    @APIResponse(responseCode = "200", description = "Every key")
    public Map<String, Object> list() {
        List<KeyView> items = keys.all().stream().map(KeyView::of).toList();
        return Map.of("items", items, "total", items.size());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Revoke an API key",
            description = "The key gets no new tokens, and the gateway refuses its tokens at once.")
    @APIResponse(responseCode = "204", description = "Revoked (also if it already was)")
    @APIResponse(responseCode = "404", description = "No such key")
    public Response revoke(@PathParam("id") UUID id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
