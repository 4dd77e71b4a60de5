package org.jixiao.gateway.problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * An RFC 9457 problem detail as the gateway writes it (DESIGN §4). The request id is an extension member so a
 * client can quote it when reporting the failure; {@code violations} names each invalid input, as the services do.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs: they identify the kind of failure without promising a resolvable page. */
    public static final String TYPE_PREFIX = "urn:jixiao:problem:";

    /** One invalid input: the query parameter or header, and what is wrong with it. */
    public record Violation(String field, String message) {}

    public Problem {
        violations = List.copyOf(violations);
    }

    public static Problem of(String kind, String title, int status, String detail, String instance, String requestId) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, instance, requestId, List.of());
    }

    /** 400 for request values the gateway itself checks (query parameters, headers of its own resources). */
    public static Problem invalidRequest(List<Violation> violations, String instance, String requestId) {
        return new Problem(
                TYPE_PREFIX + "bad-request",
                "Bad request",
                400,
                "The request has invalid values",
                instance,
                requestId,
                violations);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
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
