package org.jixiao.gateway.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;

/** JSON or YAML, chosen like Quarkus's own /q/openapi: {@code ?format=}, else the Accept header, else YAML. */
enum OpenApiFormat {
    JSON("application/json;charset=UTF-8"),
    YAML("application/yaml;charset=UTF-8");

    private static final YAMLMapper YAML_MAPPER = new YAMLMapper();
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    private final String contentType;

    OpenApiFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static OpenApiFormat of(HttpServerRequest request) {
        String format = request.getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("json") ? JSON : YAML;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") ? JSON : YAML;
    }

    String render(JsonObject document) {
        if (this == JSON) {
            return document.encodePrettily();
        }
        try {
            return YAML_MAPPER.writeValueAsString(JSON_MAPPER.readTree(document.encode()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
