package org.jixiao.kit.openapi;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jixiao.web.ProblemTitles;

/** The OpenAPI schema of {@link org.jixiao.kit.problem.Problem}, and an example of one for a given status. */
final class ProblemSchema {
    static final String NAME = "Problem";

    private ProblemSchema() {}

    static Schema schema() {
        Schema violation = object().description("One invalid field")
                .addProperty("field", text("JSON path of the field, e.g. budget.total or [3].value"))
                .addProperty("message", text("Why the value is invalid"));
        return object().description("RFC 9457 problem details")
                .addProperty("type", text("about:blank: the status says what kind of problem it is"))
                .addProperty("title", text("The status's reason phrase, or a short summary"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("HTTP status"))
                .addProperty("detail", text("What went wrong with this request, for a person to read"))
                .addProperty("instance", text("The request path"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(violation)
                                .description("The invalid fields (422 and 400 only)"))
                .addRequired("title")
                .addRequired("status");
    }

    static Map<String, Object> example(int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", title(status));
        example.put("status", status);
        example.put("detail", detail != null ? detail : "");
        return example;
    }

    /** The titles the services answer with ({@link ProblemTitles}); the reason phrase otherwise. */
    private static String title(int status) {
        return ProblemTitles.of(status).orElseGet(() -> {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known != null ? known.getReasonPhrase() : "HTTP " + status;
        });
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
