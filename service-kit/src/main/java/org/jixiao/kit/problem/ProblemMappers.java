package org.jixiao.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.kit.inbox.TransientFailures;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemJson;
import org.jixiao.web.ProblemTitles;

/**
 * Turns every failure into {@code application/problem+json}: malformed JSON 400, a value of the wrong type 422 naming
 * the field, framework errors with their own status, an unavailable database 503 with Retry-After, and anything
 * unexpected 500 without internals.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.status(), e.title(), e.getMessage(), e.violations(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(400, "Malformed JSON", e.getOriginalMessage(), List.of(), uri)
                .build();
    }

    @ServerExceptionMapper({
        InvalidFormatException.class,
        MismatchedInputException.class,
        ValueInstantiationException.class
    })
    public Response wrongType(JsonMappingException e, UriInfo uri) {
        String field = fieldPath(e);
        if (field.isEmpty()) {
            return respond(400, "Malformed request body", e.getOriginalMessage(), List.of(), uri)
                    .build();
        }
        String message = "has a value of the wrong type or format";
        return respond(
                        422,
                        ProblemTitles.INVALID_VALUES,
                        field + ": " + message,
                        List.of(new Problem.Violation(field, message)),
                        uri)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps binding errors into a plain 400; unwrap them to name the offending field.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongType(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        String title = ProblemTitles.reasonPhrase(status);
        return respond(status, title, e.getMessage(), List.of(), uri).build();
    }

    /** Two writers raced on the same version: the later one must re-read, as with a stale If-Match. */
    @ServerExceptionMapper
    public Response staleVersion(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(409, "Conflict", "the resource changed meanwhile; read it again and retry", List.of(), uri)
                .build();
    }

    /** No token, or one that is expired, forged or not ours: the caller must (re)authenticate. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(
                        401,
                        "Unauthorized",
                        "a valid bearer token is required (exchange an API key at POST /api/auth/token)",
                        List.of(),
                        uri)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "this key's role may not do this", List.of(), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return respond(
                            503,
                            ProblemTitles.SERVICE_UNAVAILABLE,
                            "the database is not reachable; try again shortly",
                            List.of(),
                            uri)
                    .header("Retry-After", "5")
                    .build();
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(500, "Internal error", "an unexpected error occurred; it has been logged", List.of(), uri)
                .build();
    }

    static Response.ResponseBuilder respond(
            int status, String title, String detail, List<Problem.Violation> violations, UriInfo uri) {
        Problem problem = Problem.of(status, title, detail, violations).at(uri.getPath(), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(ProblemJson.bytes(problem));
    }

    /** The JSON path of the offending field, e.g. {@code budget.total} or {@code goals[1]}. */
    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
