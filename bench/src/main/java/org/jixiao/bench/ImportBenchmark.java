package org.jixiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.testinfra.GeneratedTable;

/**
 * Imports one generated 绩效目标表 of 100, 1,000 and 10,000 indicator rows through a running stack's gateway, side by
 * side in one run, and reports the time to the import's answer and the time until monitoring shows every indicator.
 * Usage: {@code java -cp bench/target/classes:<jackson> org.jixiao.bench.ImportBenchmark [gateway-url] [rows...]}.
 */
public final class ImportBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        List<Integer> sizes = args.length > 1
                ? java.util.Arrays.stream(args).skip(1).map(Integer::valueOf).toList()
                : List.of(100, 1_000, 10_000);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        Map<Integer, long[]> results = new LinkedHashMap<>();
        for (int rows : sizes) {
            String table =
                    GeneratedTable.text("98" + String.format("%04d", rows % 10_000), "基准" + run + "-" + rows, rows);
            long start = System.nanoTime();
            HttpResponse<String> response = post(gateway + "/api/imports?fiscalYear=2025", table);
            long answered = System.nanoTime() - start;
            if (response.statusCode() != 201) {
                throw new IllegalStateException("import of " + rows + " rows answered " + response.statusCode() + ": "
                        + response.body()
                                .substring(0, Math.min(400, response.body().length())));
            }
            long projectId =
                    JSON.readTree(response.body()).at("/tables/0/projectId").asLong();
            awaitMonitoring(gateway, projectId, rows);
            long monitored = System.nanoTime() - start;
            results.put(rows, new long[] {answered / 1_000_000, monitored / 1_000_000});
            System.out.printf(
                    "%,7d rows: import answered in %,6d ms, monitoring caught up after %,6d ms%n",
                    rows, answered / 1_000_000, monitored / 1_000_000);
        }
        long[] base = results.values().iterator().next();
        System.out.println("rows     import ms  ratio  monitoring ms  ratio");
        results.forEach((rows, r) -> System.out.printf(
                "%,7d  %,9d  %5.1f  %,13d  %5.1f%n",
                rows, r[0], (double) r[0] / Math.max(1, base[0]), r[1], (double) r[1] / Math.max(1, base[1])));
    }

    private static void awaitMonitoring(String gateway, long projectId, int rows) throws Exception {
        long deadline = System.nanoTime() + 600L * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = HTTP.send(
                    HttpRequest.newBuilder(URI.create(gateway + "/api/status/projects/" + projectId))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.statusCode() == 200) {
                JsonNode indicators = JSON.readTree(status.body()).path("indicators");
                if (indicators.size() == rows) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("monitoring did not show the " + rows + " indicators within 10 minutes");
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain; charset=utf-8")
                .timeout(java.time.Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
