package org.jixiao.gateway.docs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.jixiao.web.ProblemSchema;

/**
 * One OpenAPI document out of the gateway's own and the services' documents, as a client of the gateway sees the
 * API: a service's path is kept only if the gateway routes it to that service (so internal or misrouted paths never
 * show up as callable), untagged operations are tagged with their service, every {@code /api} operation also lists
 * the answers the gateway gives itself ({@link GatewayAnswers}), and colliding components are renamed. Pure: the
 * fetching is elsewhere, so the merge is unit-tested.
 */
public final class OpenApiMerger {

    private static final Set<String> OPERATION_KEYS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    public record ServiceDocument(Upstream upstream, JsonObject document) {}

    private OpenApiMerger() {}

    /** The merged document; {@code missing} names the services whose documents could not be read. */
    public static JsonObject merge(JsonObject gateway, List<ServiceDocument> services, List<String> missing) {
        JsonObject merged = new JsonObject()
                .put("openapi", gateway.getString("openapi", "3.1.0"))
                .put("info", info(gateway, missing))
                .put("tags", new JsonArray())
                .put("paths", new JsonObject())
                // One problem convention for gateway and services: web-kit's schema, which the services' documents also
                // use.
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put(ProblemSchema.NAME, new JsonObject(ProblemSchema.schema()))));
        if (gateway.containsKey("security")) {
            // The gateway's bearer requirement applies to every operation it exposes, the services' included.
            merged.put("security", gateway.getJsonArray("security").copy());
        }
        add(merged, gateway, path -> true, null);
        for (ServiceDocument service : services) {
            String name = service.upstream().serviceName();
            JsonObject document =
                    ComponentNames.resolveCollisions(service.document(), merged.getJsonObject("components"), name);
            add(merged, document, path -> RouteTable.route(path).equals(Optional.of(service.upstream())), name);
        }
        if (merged.getJsonObject("components").isEmpty()) {
            merged.remove("components");
        }
        return merged;
    }

    private static JsonObject info(JsonObject gateway, List<String> missing) {
        JsonObject info = gateway.getJsonObject("info", new JsonObject()).copy();
        if (!missing.isEmpty()) {
            String description = info.getString("description", "");
            info.put(
                    "description",
                    description + (description.isEmpty() ? "" : "\n\n") + "Not included, their documents could not "
                            + "be read just now: " + String.join(", ", missing) + ".");
        }
        return info;
    }

    private static void add(
            JsonObject merged, JsonObject document, java.util.function.Predicate<String> exposed, String service) {
        JsonObject paths = merged.getJsonObject("paths");
        Set<String> usedTags = new HashSet<>();
        document.getJsonObject("paths", new JsonObject()).forEach(entry -> {
            if (!exposed.test(entry.getKey()) || !(entry.getValue() instanceof JsonObject item)) {
                return;
            }
            JsonObject target = paths.getJsonObject(entry.getKey(), new JsonObject());
            boolean api = entry.getKey().startsWith("/api/");
            item.forEach(member -> {
                Object value = member.getValue();
                if (OPERATION_KEYS.contains(member.getKey()) && value instanceof JsonObject op) {
                    value = exposedOperation(op, service, api);
                }
                if (value instanceof JsonObject op && op.containsKey("tags")) {
                    op.getJsonArray("tags").forEach(t -> usedTags.add(String.valueOf(t)));
                }
                // First document wins on a clash; the gateway's own operations come first.
                target.getMap().putIfAbsent(member.getKey(), value);
            });
            paths.put(entry.getKey(), target);
        });
        addTags(merged.getJsonArray("tags"), document.getJsonArray("tags", new JsonArray()), usedTags, service);
        JsonObject components = merged.getJsonObject("components");
        document.getJsonObject("components", new JsonObject()).forEach(section -> {
            if (section.getValue() instanceof JsonObject entries) {
                JsonObject target = components.getJsonObject(section.getKey(), new JsonObject());
                entries.forEach(e -> target.getMap().putIfAbsent(e.getKey(), e.getValue()));
                components.put(section.getKey(), target);
            }
        });
    }

    /** An operation as the gateway exposes it; {@code service} is null for the gateway's own. */
    private static JsonObject exposedOperation(JsonObject operation, String service, boolean api) {
        if (service == null) {
            return api ? GatewayAnswers.forOwn(operation) : operation;
        }
        return GatewayAnswers.forProxied(tagged(operation, service), service);
    }

    private static JsonObject tagged(JsonObject operation, String service) {
        JsonArray tags = operation.getJsonArray("tags");
        return tags == null || tags.isEmpty() ? operation.copy().put("tags", new JsonArray().add(service)) : operation;
    }

    private static void addTags(JsonArray merged, JsonArray declared, Set<String> used, String service) {
        Set<String> known = new HashSet<>();
        merged.forEach(t -> known.add(((JsonObject) t).getString("name")));
        declared.forEach(t -> {
            if (t instanceof JsonObject tag && known.add(tag.getString("name"))) {
                merged.add(tag);
            }
        });
        if (service != null && used.contains(service) && known.add(service)) {
            merged.add(new JsonObject().put("name", service).put("description", "Operations of " + service));
        }
    }
}
