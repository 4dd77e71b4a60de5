package org.jixiao.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one OpenAPI schema of {@link Problem}, as plain JSON data (maps and lists), and an example of a problem for a
 * status. The services' documents (service-kit) and the gateway's merged document render it in their own models,
 * so both describe the same members.
 */
public final class ProblemSchema {

    /** The schema's name under {@code components/schemas}. */
    public static final String NAME = "Problem";

    private ProblemSchema() {}

    public static Map<String, Object> schema() {
        Map<String, Object> violation = object("One invalid field");
        violation.put(
                "properties",
                properties(
                        "field", text("JSON path of the field, e.g. budget.total or [3].value"),
                        "message", text("Why the value is invalid")));
        Map<String, Object> violations = new LinkedHashMap<>();
        violations.put("type", "array");
        violations.put("items", violation);
        violations.put("description", "The invalid fields (422 and 400 only)");
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("type", "integer");
        status.put("description", "HTTP status");

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", text("about:blank: the status says what kind of problem it is"));
        properties.put("title", text("The status's reason phrase, or a short summary"));
        properties.put("status", status);
        properties.put("detail", text("What went wrong with this request, for a person to read"));
        properties.put("instance", text("The request path"));
        properties.put("requestId", text("The request's X-Request-Id, in the gateway's own answers"));
        properties.put("violations", violations);
        Map<String, Object> problem = object("RFC 9457 problem details");
        problem.put("properties", properties);
        problem.put("required", List.of("title", "status"));
        return problem;
    }

    /** An example body for a status, with the usual title and the given detail. */
    public static Map<String, Object> example(int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE);
        example.put("title", ProblemTitles.titleOf(status));
        example.put("status", status);
        example.put("detail", detail != null ? detail : "");
        return example;
    }

    private static Map<String, Object> properties(String name1, Object value1, String name2, Object value2) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(name1, value1);
        properties.put(name2, value2);
        return properties;
    }

    private static Map<String, Object> object(String description) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("description", description);
        return object;
    }

    private static Map<String, Object> text(String description) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("type", "string");
        text.put("description", description);
        return text;
    }
}
