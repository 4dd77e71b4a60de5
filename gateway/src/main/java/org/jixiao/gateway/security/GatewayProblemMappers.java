package org.jixiao.gateway.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.gateway.observability.RequestIds;
import org.jixiao.gateway.problem.Problem;

/** problem+json for the resources the gateway serves itself (keys and tokens), in the gateway's problem format. */
public class GatewayProblemMappers {

    @ServerExceptionMapper
    public Response problem(GatewayProblem e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder response = respond(e.toProblem(uri.getPath(), requestId(headers)));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problem(
                GatewayProblem.unauthorized(
                        "a valid bearer token is required (exchange an API key at POST /api/auth/token)"),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(new GatewayProblem("forbidden", "Forbidden", 403, "only admin keys may manage keys", List.of())
                        .toProblem(uri.getPath(), requestId(headers)))
                .build();
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(new GatewayProblem(
                                "bad-request", "Malformed JSON", 400, "the body is not the expected JSON", List.of())
                        .toProblem(uri.getPath(), requestId(headers)))
                .build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson().encode());
    }

    private static String requestId(HttpHeaders headers) {
        return headers.getHeaderString(RequestIds.HEADER);
    }
}
