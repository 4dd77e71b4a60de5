package org.jixiao.kit.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * web-kit's one {@code Problem} schema ({@link org.jixiao.web.ProblemSchema}, plain JSON data) in the MicroProfile
 * OpenAPI model the services' documents are built with, so the gateway and the services describe the same members.
 */
final class ProblemSchema {
    static final String NAME = org.jixiao.web.ProblemSchema.NAME;

    private ProblemSchema() {}

    static Schema schema() {
        return toModel(org.jixiao.web.ProblemSchema.schema());
    }

    static Map<String, Object> example(int status, String detail) {
        return org.jixiao.web.ProblemSchema.example(status, detail);
    }

    /** The members ProblemSchema uses: type, description, properties, items and required. */
    @SuppressWarnings("unchecked")
    private static Schema toModel(Map<String, Object> json) {
        Schema schema = OASFactory.createSchema();
        json.forEach((member, value) -> {
            switch (member) {
                case "type" -> schema.addType(Schema.SchemaType.valueOf(((String) value).toUpperCase()));
                case "description" -> schema.description((String) value);
                case "properties" ->
                    ((Map<String, Object>) value)
                            .forEach((name, property) ->
                                    schema.addProperty(name, toModel((Map<String, Object>) property)));
                case "items" -> schema.items(toModel((Map<String, Object>) value));
                case "required" -> ((List<String>) value).forEach(schema::addRequired);
                default -> throw new IllegalArgumentException("ProblemSchema uses an unknown member: " + member);
            }
        });
        return schema;
    }
}
