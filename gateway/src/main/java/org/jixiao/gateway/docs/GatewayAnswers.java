package org.jixiao.gateway.docs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemSchema;

/**
 * What the merged document says about the answers the gateway gives itself on {@code /api} operations: 401 and 429
 * before a request is let in, 413/415 for bodies it refuses, 502/503/504 when a service fails. Each is added where
 * the operation does not declare the code already, and every error response without content is documented as
 * problem+json with the {@code Problem} schema and an example, as service-kit does in the services' documents.
 */
final class GatewayAnswers {

    private static final String PROBLEM_REF = "#/components/schemas/" + ProblemSchema.NAME;

    private GatewayAnswers() {}

    /** An operation a service documented, as the gateway exposes it; the input is left unchanged. */
    static JsonObject forProxied(JsonObject operation, String service) {
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        answers.put("401", unauthorized());
        addBodyAnswers(answers, operation, "reaches " + service);
        answers.put("429", rateLimited());
        answers.put("502", response(service + " did not send a complete answer"));
        answers.put(
                "503",
                withRetryAfter(response(
                        service + " is not reachable, or failed repeatedly and the gateway's circuit breaker holds"
                                + " its requests back")));
        answers.put("504", response(service + " did not answer within the gateway's request timeout"));
        return complete(operation, answers);
    }

    /** One of the gateway's own operations. */
    static JsonObject forOwn(JsonObject operation) {
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        addBodyAnswers(answers, operation, "is read");
        if (needsToken(operation)) {
            answers.put("429", rateLimited());
        }
        return complete(operation, answers);
    }

    private static void addBodyAnswers(Map<String, JsonObject> answers, JsonObject operation, String before) {
        if (operation.containsKey("requestBody")) {
            answers.put(
                    "413",
                    response("The body is larger than jixiao.gateway.max-body-size; refused by the gateway before it "
                            + before + " (Content-Length at once, a chunked body as soon as it grows past it)"));
            answers.put(
                    "415",
                    response("The body's Content-Type is not one this operation reads; refused by the gateway before"
                            + " it " + before));
        }
    }

    private static JsonObject complete(JsonObject operation, Map<String, JsonObject> answers) {
        JsonObject copy = operation.copy();
        JsonObject responses = copy.getJsonObject("responses", new JsonObject());
        answers.forEach((code, answer) -> {
            if (!responses.containsKey(code)) {
                responses.put(code, answer);
            }
        });
        for (String code : responses.fieldNames()) {
            if (isError(code) && responses.getValue(code) instanceof JsonObject response) {
                describeAsProblem(Integer.parseInt(code), response);
            }
        }
        return copy.put("responses", responses);
    }

    private static void describeAsProblem(int status, JsonObject response) {
        if (response.containsKey("content") || response.containsKey("$ref")) {
            return;
        }
        JsonObject example = new JsonObject(ProblemSchema.example(status, response.getString("description", "")));
        response.put(
                "content",
                new JsonObject()
                        .put(
                                Problem.MEDIA_TYPE,
                                new JsonObject()
                                        .put("schema", new JsonObject().put("$ref", PROBLEM_REF))
                                        .put("example", example)));
    }

    /** Every /api operation needs a token, unless it says otherwise with an empty security list. */
    private static boolean needsToken(JsonObject operation) {
        JsonArray security = operation.getJsonArray("security");
        return security == null || !security.isEmpty();
    }

    private static JsonObject unauthorized() {
        return response("No valid bearer token, or its API key is revoked: the gateway checks it before anything"
                        + " else (WWW-Authenticate: Bearer)")
                .put(
                        "headers",
                        new JsonObject()
                                .put(
                                        "WWW-Authenticate",
                                        new JsonObject()
                                                .put("description", "Bearer")
                                                .put("schema", new JsonObject().put("type", "string"))));
    }

    private static JsonObject rateLimited() {
        return withRetryAfter(response("This API key is over its rate limit for this kind of request"));
    }

    private static JsonObject withRetryAfter(JsonObject response) {
        return response.put(
                "headers",
                new JsonObject()
                        .put(
                                "Retry-After",
                                new JsonObject()
                                        .put("description", "Seconds to wait before trying again")
                                        .put("schema", new JsonObject().put("type", "integer"))));
    }

    private static JsonObject response(String description) {
        return new JsonObject().put("description", description);
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static JsonObject object(String description) {
        return new JsonObject().put("type", "object").put("description", description);
    }

    private static JsonObject text(String description) {
        return new JsonObject().put("type", "string").put("description", description);
    }
}
