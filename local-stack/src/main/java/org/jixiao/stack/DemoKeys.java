package org.jixiao.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One demo API key per role, created through the gateway's own key API with the admin key and kept in
 * {@code <data>/keys/demo-keys.properties}, so a restart prints the same keys instead of piling up new ones. A kept
 * key that no longer works (revoked, or a database started afresh) is replaced.
 */
final class DemoKeys {
    /** label → the request that creates it; the unit keys are the two units of the seed tables. */
    private static final Map<String, String> DEMO = Map.of(
            "unit-573301", "{\"role\":\"unit\",\"unitCodes\":[\"573301\"],\"label\":\"demo unit 573301\"}",
            "unit-302101", "{\"role\":\"unit\",\"unitCodes\":[\"302101\"],\"label\":\"demo unit 302101\"}",
            "reader", "{\"role\":\"reader\",\"label\":\"demo reader\"}");

    private static final List<String> ORDER = List.of("reader", "unit-573301", "unit-302101");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI gateway;

    DemoKeys(URI gateway) {
        this.gateway = gateway;
    }

    /** A bearer token for an API key, or null if the gateway does not accept the key. */
    String token(String apiKey) throws IOException, InterruptedException {
        HttpResponse<String> response = post(
                "/api/auth/token", json.createObjectNode().put("apiKey", apiKey).toString(), null);
        return response.statusCode() == 200
                ? json.readTree(response.body()).path("token").asText()
                : null;
    }

    /** label → API key, in print order. */
    Map<String, String> ensure(Path file, String adminToken) throws IOException, InterruptedException {
        Properties kept = SecretFiles.read(file);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String label : ORDER) {
            String key = kept.getProperty(label);
            if (key == null || token(key) == null) {
                key = create(DEMO.get(label), adminToken);
            }
            keys.put(label, key);
            kept.setProperty(label, key);
        }
        SecretFiles.write(file, kept, "jixiao demo API keys (local stack only)");
        return keys;
    }

    private String create(String body, String adminToken) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/keys", body, adminToken);
        if (response.statusCode() != 201) {
            throw new IOException("creating a demo key failed: HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode created = json.readTree(response.body());
        return created.path("apiKey").asText();
    }

    private HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
