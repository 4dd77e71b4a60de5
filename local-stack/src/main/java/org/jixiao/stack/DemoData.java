package org.jixiao.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the published target tables (the seed files) as demo data through the gateway's public import endpoint,
 * exactly as an outside system would, so the demo also proves the import saga and the event flow. The import is
 * idempotent (keyed by the file's content), so loading on every start changes nothing the second time.
 */
public final class DemoData {
    /** docs/api.md, "Imports": the raw file as the body with its own content type. */
    public static final String IMPORT_PATH = "/api/imports";
    /** The seed tables are the 2025 budget; some of their project names state no year. */
    static final int SEED_FISCAL_YEAR = 2025;

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> headers;

    public DemoData() {
        this(Map.of());
    }

    /** @param headers sent with every request, e.g. {@code Authorization} once the gateway requires a key */
    public DemoData(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    /** Imports every {@code *.txt} in {@code seedsDir} in name order; returns the number of projects created. */
    public int load(URI gateway, Path seedsDir) throws IOException, InterruptedException {
        List<Path> seeds = seedFiles(seedsDir);
        if (seeds.isEmpty()) {
            System.out.println("demo data: no *.txt seed files in " + seedsDir);
            return 0;
        }
        URI endpoint = gateway.resolve(IMPORT_PATH + "?fiscalYear=" + SEED_FISCAL_YEAR);
        int created = 0;
        for (Path seed : seeds) {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(seed));
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("importing " + seed.getFileName() + " failed: HTTP " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
            created += printSummary(seed, response.body());
        }
        return created;
    }

    static List<Path> seedFiles(Path seedsDir) throws IOException {
        if (!Files.isDirectory(seedsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seedsDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** Answer: {@code {tables:[{unitCode, projectId, projectName, outcome, indicators}]}}; returns the CREATED count. */
    private int printSummary(Path seed, String body) throws IOException {
        JsonNode tables = json.readTree(body).path("tables");
        System.out.println("demo data: " + seed.getFileName() + " -> " + tables.size() + " table(s)");
        int created = 0;
        for (JsonNode t : tables) {
            System.out.printf(
                    "  %-8s %-9s %3s indicators  %s  (project %s)%n",
                    t.path("unitCode").asText(),
                    t.path("outcome").asText(),
                    t.path("indicators").asText(),
                    t.path("projectName").asText(),
                    t.path("projectId").asText());
            created += "CREATED".equals(t.path("outcome").asText()) ? 1 : 0;
        }
        return created;
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
