package org.jixiao.gateway.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemJson;
import org.jixiao.web.RequestIds;

/** problem+json for the REST resources the gateway serves itself (keys and tokens), as the services answer. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response answer = respond(e.problem(), uri, headers);
        e.headers().forEach(answer.getHeaders()::putSingle);
        return answer;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                Problem.of(401, "a valid bearer token is required (exchange an API key at POST /api/auth/token)"),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(Problem.of(403, "only admin keys may manage keys"), uri, headers);
    }

    @ServerExceptionMapper({
        JsonParseException.class,
        InvalidFormatException.class,
        MismatchedInputException.class,
        ValueInstantiationException.class
    })
    public Response unreadableBody(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(bodyProblem(e), uri, headers);
    }

    /** Framework answers (405, 406, 415, and the JSON reader's wrapped 400) in the same format. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(bodyProblem(json), uri, headers);
        }
        return respond(Problem.of(e.getResponse().getStatus(), e.getMessage()), uri, headers);
    }

    /** Not JSON at all is 400; a field of the wrong type is 422 naming the field, like the services answer. */
    private static Problem bodyProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (field.isEmpty()) {
            return Problem.of(400, "Malformed JSON", "the body is not the expected JSON");
        }
        return Problem.invalid(List.of(new Problem.Violation(field, "has a value of the wrong type or format")));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static Response respond(Problem problem, UriInfo uri, HttpHeaders headers) {
        Problem answer = problem.at(uri.getPath(), headers.getHeaderString(RequestIds.HEADER));
        Response.ResponseBuilder response =
                Response.status(answer.status()).type(Problem.MEDIA_TYPE).entity(ProblemJson.bytes(answer));
        if (answer.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
