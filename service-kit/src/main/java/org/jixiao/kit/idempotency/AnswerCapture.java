package org.jixiao.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a response about to be written into the bytes a replay sends: JSON entities are written with the same
 * ObjectMapper the REST layer uses, byte arrays and strings as they are. Streamed entities cannot be kept.
 */
@ApplicationScoped
public class AnswerCapture {
    /** The headers a client acts on; others (Date, request ids) belong to each delivery. */
    static final List<String> KEPT_HEADERS =
            List.of("Location", "ETag", "Last-Modified", "Content-Location", "Content-Disposition");

    private final ObjectMapper json;

    AnswerCapture(ObjectMapper json) {
        this.json = json;
    }

    public Optional<StoredAnswer> of(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof InputStream
                || entity instanceof File
                || entity instanceof Path
                || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return Optional.of(new StoredAnswer(response.getStatus(), contentType(response), headers, bytes(entity)));
    }

    private byte[] bytes(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be written as JSON", e);
        }
    }

    private static String contentType(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null) {
            return type.toString();
        }
        Object entity = response.getEntity();
        if (entity instanceof String) {
            return MediaType.TEXT_PLAIN + ";charset=UTF-8";
        }
        return entity == null || entity instanceof byte[]
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.APPLICATION_JSON;
    }
}
