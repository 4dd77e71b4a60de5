package org.jixiao.gateway.docs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.jixiao.web.ProblemSchema;

/**
 * Makes a service's component names fit into the merged document. A component equal to one already merged under
 * the same name is shared; a different one is renamed {@code <service>.<name>} (e.g. {@code indicator-service.Page}),
 * and every {@code $ref} of that service's document is rewritten to match. The {@code Problem} schema is always
 * shared: gateway and services answer problems in one convention, described by web-kit's ProblemSchema.
 */
final class ComponentNames {

    private static final String REF = "$ref";
    private static final String PREFIX = "#/components/";

    private ComponentNames() {}

    /** The service's document with colliding components renamed; the input is left unchanged. */
    static JsonObject resolveCollisions(JsonObject document, JsonObject mergedComponents, String serviceName) {
        JsonObject components = document.getJsonObject("components", new JsonObject());
        Map<String, String> renamed = new HashMap<>();
        for (String section : components.fieldNames()) {
            JsonObject theirs = components.getJsonObject(section, new JsonObject());
            JsonObject ours = mergedComponents.getJsonObject(section, new JsonObject());
            for (String name : theirs.fieldNames()) {
                boolean sharedByConvention = section.equals("schemas") && name.equals(ProblemSchema.NAME);
                if (!sharedByConvention
                        && ours.containsKey(name)
                        && !ours.getValue(name).equals(theirs.getValue(name))) {
                    renamed.put(PREFIX + section + "/" + name, PREFIX + section + "/" + serviceName + "." + name);
                }
            }
        }
        if (renamed.isEmpty()) {
            return document;
        }
        JsonObject copy = (JsonObject) rewriteRefs(document.copy(), renamed);
        JsonObject copiedComponents = copy.getJsonObject("components");
        renamed.forEach((from, to) -> {
            String[] fromParts = from.substring(PREFIX.length()).split("/", 2);
            String toName = to.substring(PREFIX.length()).split("/", 2)[1];
            JsonObject section = copiedComponents.getJsonObject(fromParts[0]);
            section.put(toName, section.remove(fromParts[1]));
        });
        return copy;
    }

    private static Object rewriteRefs(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            for (String key : object.fieldNames()) {
                Object value = object.getValue(key);
                if (REF.equals(key) && value instanceof String ref && renamed.containsKey(ref)) {
                    object.put(key, renamed.get(ref));
                } else {
                    rewriteRefs(value, renamed);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> rewriteRefs(item, renamed));
        }
        return node;
    }
}
