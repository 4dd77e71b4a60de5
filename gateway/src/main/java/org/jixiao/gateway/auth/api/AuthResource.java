package org.jixiao.gateway.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.gateway.auth.TokenExchange;
import org.jixiao.gateway.auth.TokenExchangeLimits;
import org.jixiao.gateway.auth.TokenIssuer;
import org.jixiao.gateway.problem.ProblemException;
import org.jixiao.web.Problem;

@Path("/api/auth/token")
@Tag(name = "Authentication", description = "Exchange an API key for a short-lived bearer token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {
    private static final String TOKEN_EXAMPLE = "{\"token\":\"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ZDBl…\","
            + "\"expiresAt\":\"2025-03-01T08:15:00Z\",\"role\":\"unit\",\"unitCodes\":[\"573301\"]}";

    private final TokenExchange exchange;
    private final TokenExchangeLimits limits;

    AuthResource(TokenExchange exchange, TokenExchangeLimits limits) {
        this.exchange = exchange;
        this.limits = limits;
    }

    public record TokenRequest(
            @Schema(examples = "jx_3q2x…") String apiKey) {}

    public record TokenResponse(String token, Instant expiresAt, String role, List<String> unitCodes) {}

    @POST
    @Operation(
            summary = "Exchange an API key for a bearer token",
            description = "Needs no token itself. Send the token as 'Authorization: Bearer …' on every /api request"
                    + " until expiresAt.")
    // Empty: this is the one /api operation that needs no bearer token (it hands them out).
    @SecurityRequirements
    @APIResponse(
            responseCode = "200",
            description = "The token, its expiry, role and unit codes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenResponse.class),
                            example = TOKEN_EXAMPLE))
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "401", description = "Unknown or revoked API key")
    @APIResponse(responseCode = "422", description = "apiKey missing or not a string (violations name the field)")
    @APIResponse(
            responseCode = "429",
            description = "This client address or this API key exchanges keys too often (per minute, by default 30"
                    + " per address and 10 per key)",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait before trying again",
                            schema = @Schema(type = SchemaType.INTEGER)))
    public TokenResponse exchange(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = TokenRequest.class),
                                            example = "{\"apiKey\":\"jx_Q2x7Yb3kP9mW4tR8sV1nC6dF0hJ5gL2a\"}"))
                    TokenRequest request) {
        if (request == null || request.apiKey() == null || request.apiKey().isBlank()) {
            throw new ProblemException(Problem.invalid(List.of(new Problem.Violation("apiKey", "is required"))));
        }
        String secret = request.apiKey().strip();
        OptionalLong retryAfter = limits.forKey(secret);
        if (retryAfter.isPresent()) {
            throw new ProblemException(
                    Problem.of(
                            429, "this API key was exchanged too often; retry after " + retryAfter.getAsLong() + " s"),
                    Map.of("Retry-After", Long.toString(retryAfter.getAsLong())));
        }
        TokenExchange.Exchanged exchanged = exchange.exchange(secret)
                .orElseThrow(() -> new ProblemException(Problem.of(401, "unknown or revoked API key")));
        TokenIssuer.Token token = exchanged.token();
        return new TokenResponse(token.token(), token.expiresAt(), exchanged.role(), exchanged.unitCodes());
    }
}
