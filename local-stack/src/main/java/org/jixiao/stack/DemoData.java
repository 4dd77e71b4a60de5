package org.jixiao.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.contracts.table.IndicatorRow;
import org.jixiao.contracts.table.ReadResult;
import org.jixiao.contracts.table.TableProblem;
import org.jixiao.contracts.table.TargetTable;
import org.jixiao.contracts.table.TargetTableTextReader;

/**
 * Loads the published target tables (the seed files) as demo data through the gateway's public API: units, projects
 * with budgets and goals, and every indicator — exactly as an outside system would, so the demo also proves the event
 * flow. A project that already exists is left alone, so a restart on the same data directory loads nothing twice.
 */
public final class DemoData {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final int DEFAULT_YEAR = 2025;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> headers;
    private URI gateway;

    public DemoData() {
        this(Map.of());
    }

    /** @param headers sent with every request, e.g. {@code Authorization} once the gateway requires a key */
    public DemoData(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    /** Loads every {@code *.txt} table file in the directory; returns the number of projects created. */
    public int load(URI gateway, Path seedsDir) throws IOException, InterruptedException {
        this.gateway = gateway;
        if (!Files.isDirectory(seedsDir)) {
            System.out.println("No seed tables at " + seedsDir + "; starting without demo data.");
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(seedsDir)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int created = 0;
        for (Path file : files) {
            ReadResult result = new TargetTableTextReader().read(Files.readString(file));
            result.problems().forEach(p -> System.out.println("  " + file.getFileName() + ": " + p));
            java.util.Set<Integer> broken = result.problems().stream()
                    .map(TableProblem::tableNumber)
                    .collect(java.util.stream.Collectors.toSet());
            for (TargetTable table : result.tables()) {
                // A table the reader could not read completely is reported above, not loaded half.
                created += !broken.contains(table.number()) && load(table) ? 1 : 0;
            }
        }
        return created;
    }

    private boolean load(TargetTable table) throws IOException, InterruptedException {
        ObjectNode unit = json.createObjectNode().put("code", table.unitCode()).put("name", table.unitName());
        expect(post("/api/units", unit), 200, 201);
        int year = fiscalYear(table);
        String query = "/api/projects?unitCode=" + table.unitCode() + "&fiscalYear=" + year + "&size=200&name="
                + URLEncoder.encode(table.projectName(), StandardCharsets.UTF_8);
        for (JsonNode existing : json.readTree(get(query).body()).path("items")) {
            if (existing.path("name").asText().equals(table.projectName())) {
                System.out.printf("  %s %s: already loaded%n", table.unitCode(), table.projectName());
                return false;
            }
        }
        ObjectNode project = json.createObjectNode()
                .put("unitCode", table.unitCode())
                .put("fiscalYear", year)
                .put("name", table.projectName())
                .put("purpose", table.purpose());
        ObjectNode budget = project.putObject("budget");
        budget.put("total", amount(table.total()));
        budget.put("fiscal", amount(table.fiscal()));
        budget.put("other", amount(table.other()));
        table.goals().forEach(project.withArray("goals")::add);
        long projectId = json.readTree(
                        expect(post("/api/projects", project), 201).body())
                .get("id")
                .asLong();
        for (IndicatorRow row : table.indicators()) {
            ObjectNode indicator = json.createObjectNode()
                    .put("projectId", projectId)
                    .put("level1", row.level1())
                    .put("level2", row.level2())
                    .put("name", row.name())
                    .put("description", row.description())
                    .put("target", row.target());
            expect(postRetryingUntilKnown("/api/indicators", indicator), 201);
        }
        System.out.printf(
                "  %s %s: project %d with %d indicators%n",
                table.unitCode(),
                table.projectName(),
                projectId,
                table.indicators().size());
        return true;
    }

    /** The fiscal year written in the project name or title (e.g. 2025年…), else the seeds' year. */
    static int fiscalYear(TargetTable table) {
        for (String text : new String[] {table.projectName(), table.title()}) {
            Matcher m = text == null ? null : YEAR.matcher(text);
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return DEFAULT_YEAR;
    }

    private static java.math.BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : new java.math.BigDecimal(text.strip());
    }

    /** A project created a moment ago reaches indicator-service through Kafka; until then it answers 422. */
    private HttpResponse<String> postRetryingUntilKnown(String path, JsonNode body)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = post(path, body);
            if (response.statusCode() != 422
                    || !response.body().contains("not known")
                    || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException("demo data: " + response.request().method() + " "
                + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
}
