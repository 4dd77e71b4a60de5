package org.jixiao.gateway.security;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.gateway.problem.Problem;

@Path("/api/auth/token")
@Tag(name = "Authentication", description = "Exchange an API key for a short-lived bearer token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {
    private final TokenIssuer issuer;

    AuthResource(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    public record TokenRequest(
            @Schema(examples = "jx_3q2x…") String apiKey) {}

    public record TokenResponse(String token, Instant expiresAt, String role, List<String> unitCodes) {}

    @POST
    @Transactional
    @Operation(
            summary = "Exchange an API key for a bearer token",
            description = "Send the token as 'Authorization: Bearer …' on every /api request until expiresAt.")
    @APIResponse(responseCode = "200", description = "The token, its expiry, role and unit codes")
    @APIResponse(responseCode = "401", description = "Unknown or revoked key")
    @APIResponse(responseCode = "422", description = "apiKey missing")
    public TokenResponse exchange(TokenRequest request) {
        if (request == null || request.apiKey() == null || request.apiKey().isBlank()) {
            throw GatewayProblem.invalid(List.of(new Problem.Violation("apiKey", "is required")));
        }
        ApiKey key = ApiKey.findActiveBySecret(request.apiKey().strip());
        if (key == null) {
            throw GatewayProblem.unauthorized("unknown or revoked API key");
        }
        TokenIssuer.Token token = issuer.issue(key);
        return new TokenResponse(token.token(), token.expiresAt(), key.role, key.unitCodeList());
    }
}
