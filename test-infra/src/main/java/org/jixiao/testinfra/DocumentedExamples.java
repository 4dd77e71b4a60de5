package org.jixiao.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON examples of an OpenAPI document, and the check that a real answer is the documented one: the same fields
 * with the same values ({@link JsonDifferences#values}), except those a test must replace.
 */
public final class DocumentedExamples {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document;

    public DocumentedExamples(JsonNode document) {
        this.document = document;
    }

    /** A copy of the operation's first example request body. */
    public ObjectNode request(String path, String method) {
        JsonNode example = first(operation(path, method).path("requestBody").path("content"), path, method);
        assertThat(example.isObject())
                .as("request example of %s %s", method, path)
                .isTrue();
        return example.deepCopy();
    }

    /** The operation's first example request body of a media type, e.g. a text/plain file as a string node. */
    public JsonNode request(String path, String method, String mediaType) {
        return first(operation(path, method).path("requestBody").path("content"), mediaType, path, method);
    }

    /** The first example of the operation's answer with this status. */
    public JsonNode answer(String path, String method, String status) {
        return first(operation(path, method).path("responses").path(status).path("content"), path, method);
    }

    /**
     * Fails unless {@code actual} is the documented answer once the given fields (at any depth, in both) are replaced:
     * ids the database assigns, times, codes made fresh per run.
     */
    public void assertAnswer(String path, String method, String status, JsonNode actual, Map<String, Object> replaced) {
        JsonNode expected = answer(path, method, status).deepCopy();
        JsonNode real = actual.deepCopy();
        replace(expected, replaced);
        replace(real, replaced);
        assertThat(JsonDifferences.values(expected, real))
                .as("answer of %s %s (%s)%n  real:       %s%n  documented: %s", method, path, status, actual, expected)
                .isEmpty();
    }

    private JsonNode operation(String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode())
                .as("%s %s documented", method, path)
                .isFalse();
        return operation;
    }

    private static JsonNode first(JsonNode content, String path, String method) {
        return first(content, "application/json", path, method);
    }

    private static JsonNode first(JsonNode content, String mediaType, String path, String method) {
        JsonNode media = content.path(mediaType);
        assertThat(media.has("example") || media.path("examples").size() > 0)
                .as("a %s example of %s %s", mediaType, method, path)
                .isTrue();
        return example(media);
    }

    /** The first example of one media type's content (a request body's or an answer's). */
    public static JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        Iterator<JsonNode> examples = media.path("examples").elements();
        assertThat(examples.hasNext()).as("an example in %s", media).isTrue();
        return examples.next().path("value");
    }

    /** Sends a JSON request, expects the status and answers the body read as JSON. */
    public static JsonNode send(RequestSpecification request, String method, String path, int status) {
        String body = request.contentType(ContentType.JSON)
                .request(method, path)
                .then()
                .statusCode(status)
                .extract()
                .asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(method + " " + path + " answered no JSON: " + body, e);
        }
    }

    private static void replace(JsonNode node, Map<String, Object> replaced) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (replaced.containsKey(field.getKey())) {
                    field.setValue(value(replaced.get(field.getKey())));
                } else {
                    replace(field.getValue(), replaced);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> replace(element, replaced));
        }
    }

    private static JsonNode value(Object value) {
        return value instanceof Number number
                ? JsonNodeFactory.instance.numberNode(new BigDecimal(number.toString()))
                : JsonNodeFactory.instance.textNode(value.toString());
    }
}
