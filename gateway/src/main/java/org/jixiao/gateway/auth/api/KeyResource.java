package org.jixiao.gateway.auth.api;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.gateway.auth.ApiKey;
import org.jixiao.gateway.auth.ApiKeys;
import org.jixiao.gateway.problem.ProblemException;
import org.jixiao.web.Problem;

/**
 * API keys, admin only. The error answers are described here; the merged document gives them the problem+json
 * schema and example, and adds the gateway's own 413/415/429 (see {@code GatewayAnswers}).
 */
@Path("/api/keys")
@Tag(name = "API keys", description = "Keys for other systems, departments and dashboards (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class KeyResource {
    private static final String NO_TOKEN = "No valid bearer token (WWW-Authenticate: Bearer)";
    private static final String NOT_ADMIN = "The token's key is not an admin key";
    private static final String CREATED_EXAMPLE = "{\"id\":\"8d0e7a52-3c1b-4f7e-9a61-2b5d4c3e1f00\","
            + "\"apiKey\":\"jx_Q2x7Yb3kP9mW4tR8sV1nC6dF0hJ5gL2a\",\"role\":\"unit\",\"unitCodes\":[\"573301\"],"
            + "\"label\":\"财务处 reporting script\",\"createdAt\":\"2025-03-01T08:00:00Z\"}";
    private static final String LIST_EXAMPLE = "{\"items\":[{\"id\":\"8d0e7a52-3c1b-4f7e-9a61-2b5d4c3e1f00\","
            + "\"role\":\"unit\",\"unitCodes\":[\"573301\"],\"label\":\"财务处 reporting script\","
            + "\"createdAt\":\"2025-03-01T08:00:00Z\",\"revokedAt\":null}],\"total\":1}";

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

    /** Every key, revoked ones included. */
    public record KeyList(List<KeyView> items, int total) {}

    /** The answer to a creation: the only time the secret is shown. */
    public record CreatedKey(
            UUID id, String apiKey, String role, List<String> unitCodes, String label, Instant createdAt) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API key",
            description = "The secret (apiKey) is shown in this answer only; store it. Exchange it at"
                    + " POST /api/auth/token for a bearer token.")
    @APIResponse(
            responseCode = "201",
            description = "Created, with the secret; Location names the key",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreatedKey.class),
                            example = CREATED_EXAMPLE))
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = NOT_ADMIN)
    @APIResponse(
            responseCode = "422",
            description = "Unknown role, unit codes missing for a unit key or given for another role, or a field of"
                    + " the wrong type (violations name each field)")
    public Response create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = KeyRequest.class),
                                            example = "{\"role\":\"unit\",\"unitCodes\":[\"573301\"],"
                                                    + "\"label\":\"财务处 reporting script\"}"))
                    KeyRequest request) {
        List<Problem.Violation> violations =
                request == null ? List.of(new Problem.Violation("role", "is required")) : request.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid(violations));
        }
        ApiKeys.Issued issued = keys.create(request.role(), request.unitCodes(), request.label());
        ApiKey key = issued.key();
        CreatedKey body =
                new CreatedKey(key.id, issued.secret(), key.role, key.unitCodeList(), key.label, key.createdAt);
        return Response.created(URI.create("/api/keys/" + key.id)).entity(body).build();
    }

    @GET
    @Operation(summary = "List API keys, revoked ones included (never their secrets)")
    @APIResponse(
            responseCode = "200",
            description = "Every key, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KeyList.class),
                            example = LIST_EXAMPLE))
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = NOT_ADMIN)
    public KeyList list() {
        List<KeyView> items = keys.all().stream().map(KeyView::of).toList();
        return new KeyList(items, items.size());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Revoke an API key",
            description = "The key gets no new tokens, and the gateway refuses its tokens at once.")
    @APIResponse(responseCode = "204", description = "Revoked (also if it already was)")
    @APIResponse(responseCode = "401", description = NO_TOKEN)
    @APIResponse(responseCode = "403", description = NOT_ADMIN)
    @APIResponse(responseCode = "404", description = "No key with this id (or the id is not a UUID)")
    public Response revoke(@PathParam("id") UUID id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
