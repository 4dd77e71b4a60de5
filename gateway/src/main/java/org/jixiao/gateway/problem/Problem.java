package org.jixiao.gateway.problem;

import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem detail as the gateway writes it (DESIGN §4). The request id is an extension member so a
 * client can quote it when reporting the failure.
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs: they identify the kind of failure without promising a resolvable page. */
    public static final String TYPE_PREFIX = "urn:jixiao:problem:";

    public static Problem of(String kind, String title, int status, String detail, String instance, String requestId) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, instance, requestId);
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
        return json;
    }
}
