package org.jixiao.kit.idempotency;

import java.util.Map;

/**
 * The final answer to a write, as a repeat of the request gets it back: status, content type, the headers a client
 * acts on (Location, ETag, …) and the body bytes.
 */
public record StoredAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {
    public StoredAnswer {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
