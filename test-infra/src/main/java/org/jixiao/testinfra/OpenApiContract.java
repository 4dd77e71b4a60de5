package org.jixiao.testinfra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the API documentation promises for every operation: a summary, its error responses as problem+json (401
 * included wherever a token is needed), and at least one example of what is sent or answered.
 */
public final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiContract() {}

    /** The OpenAPI document as JSON, from the application under test. */
    public static JsonNode document() {
        return document(RestAssured.given());
    }

    /** The OpenAPI document as JSON, from where {@code request} points (e.g. a running service's own port). */
    public static JsonNode document(RequestSpecification request) {
        String body = request.queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("/q/openapi is not JSON: " + e.getMessage(), e);
        }
    }

    /** Every operation of the document as {@code "METHOD /path"}, sorted. */
    public static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        forEachOperation(document, (name, operation) -> operations.add(name));
        return operations;
    }

    /** Fails naming every operation that lacks a summary, an error response, a problem schema or an example. */
    public static void assertComplete(JsonNode document) {
        List<String> gaps = gaps(document);
        if (!gaps.isEmpty()) {
            throw new AssertionError(gaps.size() + " gaps in the API documentation:\n  " + String.join("\n  ", gaps));
        }
    }

    public static List<String> gaps(JsonNode document) {
        List<String> gaps = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            if (operation.path("summary").asText("").isBlank()) {
                gaps.add(name + ": no summary");
            }
            JsonNode responses = operation.path("responses");
            // Every /api operation needs a token unless it says otherwise with an empty security list.
            boolean needsToken = name.contains(" /api/")
                    && !(operation.has("security") && operation.get("security").isEmpty());
            if (needsToken && !responses.has("401")) {
                gaps.add(name + ": needs a token but documents no 401");
            }
            boolean anyError = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    anyError = true;
                    if (!response.getValue().path("content").has("application/problem+json")) {
                        gaps.add(name + ": " + response.getKey() + " is not documented as application/problem+json");
                    }
                }
            }
            if (!anyError) {
                gaps.add(name + ": documents no error response");
            }
            if (!hasExample(operation) && !onlyAnswersNoContent(operation)) {
                gaps.add(name + ": no example of its request body or of a successful answer");
            }
        });
        return gaps;
    }

    /** Takes no body and succeeds only with 204 (e.g. a DELETE): there is nothing an example could show. */
    private static boolean onlyAnswersNoContent(JsonNode operation) {
        if (operation.has("requestBody")) {
            return false;
        }
        boolean succeeds = false;
        for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            if (code.startsWith("2")) {
                if (!code.equals("204")) {
                    return false;
                }
                succeeds = true;
            }
        }
        return succeeds;
    }

    private static boolean hasExample(JsonNode operation) {
        if (contentHasExample(operation.path("requestBody").path("content"))) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        operation.path("responses").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")
                    && contentHasExample(response.getValue().path("content"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contentHasExample(JsonNode content) {
        for (JsonNode mediaType : content) {
            if (mediaType.hasNonNull("example") || mediaType.path("examples").size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
    }
}
