package org.jixiao.gateway.problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jixiao.web.ProblemTitles;

/**
 * An RFC 9457 problem detail as the gateway writes it, in the services' convention (service-kit's {@code Problem}):
 * type {@code about:blank}, so the status says what kind of problem it is; the title the services use for that
 * status; the request path as instance; {@code violations} naming each invalid input. The request id is an
 * extension member, so a client can quote it when reporting the failure.
 *
 * <p>Problems are made without instance and request id; the writers fill them in from the request they answer.
 */
public record Problem(
        String title, int status, String detail, String instance, String requestId, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The services' type for every problem (RFC 9457 §4.2.1): no problem type URIs to look up. */
    public static final String TYPE = "about:blank";

    /** One invalid input: the field, query parameter or header, and what is wrong with it. */
    public record Violation(String field, String message) {}

    public Problem {
        violations = List.copyOf(violations);
    }

    /** A problem with the usual title of its status. */
    public static Problem of(int status, String detail) {
        return of(status, titleOf(status), detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(title, status, detail, null, null, List.of());
    }

    /** 400 for request values the gateway checks before anything is read (query parameters, headers). */
    public static Problem invalidRequest(List<Violation> violations) {
        return new Problem(titleOf(400), 400, "The request has invalid values", null, null, violations);
    }

    /** 422 for a body that was read but has invalid fields, worded as the services word it. */
    public static Problem invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new Problem(titleOf(422), 422, detail, null, null, violations);
    }

    /** This problem as the answer to the request at {@code instance}. */
    public Problem at(String instance, String requestId) {
        return new Problem(title, status, detail, instance, requestId, violations);
    }

    public String type() {
        return TYPE;
    }

    /** The titles the services answer with ({@link ProblemTitles}); else the reason phrase. */
    public static String titleOf(int status) {
        return ProblemTitles.of(status).orElseGet(() -> {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known != null ? known.getReasonPhrase() : "HTTP " + status;
        });
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("type", TYPE)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        if (!violations.isEmpty()) {
            JsonArray list = new JsonArray();
            violations.forEach(
                    v -> list.add(new JsonObject().put("field", v.field()).put("message", v.message())));
            json.put("violations", list);
        }
        return json;
    }
}
