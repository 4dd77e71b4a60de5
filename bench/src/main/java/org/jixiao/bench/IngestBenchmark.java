package org.jixiao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jixiao.testinfra.GeneratedTable;

/**
 * {@code bench/run ingest}: how fast monitoring-service turns progress events into committed status, against the
 * plain JDBC batch baseline measured in the same run and the same PostgreSQL. One run measures:
 * <ol>
 *   <li>the baseline: 100,000 report-shaped rows (uuid key, indicator id, date, numeric, text) inserted with
 *       {@code reWriteBatchedInserts}, 500 rows a batch, one commit;
 *   <li>ingest of 10,000 and 100,000 mixed reports over 105 indicators of 15 projects, written to
 *       {@code progress-events} in one Kafka transaction as other systems may (and as the batch endpoint does), from
 *       its commit until every one is stored (its status committed with it); and the same with the writing included;
 *   <li>post → status event on the SSE stream at 1,000 reports/s through the gateway for 60 s ({@link
 *       PostToStreamLatency}; the stack's write limit must allow it, e.g. {@code JIXIAO_RATE_LIMIT_WRITES=20000});
 *   <li>import catch-up: a 10,000-row target table imported through the gateway, until monitoring evaluated all of
 *       its indicators.
 * </ol>
 * Arguments: {@code --gateway URL --pg-port N --kafka-port N --data DIR [--sizes 10000,100000] [--latency-rate 1000]
 * [--latency-seconds 60]} ({@code --latency-seconds 0} leaves the latency out).
 */
public final class IngestBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now();
    private final String gateway;
    private final String jdbcUrl;
    private final Path data;
    private final long run = System.currentTimeMillis() % 100_000;
    private final BenchEvents events;
    private final Map<String, String> options;

    private IngestBenchmark(Map<String, String> args) {
        this.options = args;
        this.gateway = args.getOrDefault("--gateway", "http://127.0.0.1:8080");
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + args.getOrDefault("--pg-port", "5433") + "/monitoring";
        this.data = Path.of(args.getOrDefault("--data", ".jixiao"));
        this.events =
                new BenchEvents(BenchEvents.adminClient(data, args.getOrDefault("--kafka-port", "9092")), run, TODAY);
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i], argv[i + 1]);
        }
        List<Integer> sizes = List.of(
                        args.getOrDefault("--sizes", "10000,100000").split(","))
                .stream()
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        new IngestBenchmark(args).measure(sizes);
    }

    private void measure(List<Integer> sizes) throws Exception {
        Map<String, double[]> table = new LinkedHashMap<>();
        double baseline = baseline(100_000);
        table.put("JDBC batch baseline, 100,000 rows", new double[] {100_000 / baseline, baseline, 1});
        defineReadModel();
        double baselineRate = 100_000 / baseline;
        for (int n : sizes) {
            Ingest ingest = ingest(n);
            double total = ingest.written() + ingest.consumed();
            long before = table.keySet().stream()
                    .filter(k -> k.startsWith(String.format("ingest %,d reports after", n)))
                    .count();
            String label = before == 0 ? "" : String.format(", run %d", before + 1);
            table.put(
                    String.format("ingest %,d reports after their commit%s", n, label),
                    new double[] {n / ingest.consumed(), ingest.consumed(), n / ingest.consumed() / baselineRate});
            table.put(
                    String.format("ingest %,d reports, writing them to Kafka included%s", n, label),
                    new double[] {n / total, total, n / total / baselineRate});
        }
        int latencySeconds = Integer.parseInt(options.getOrDefault("--latency-seconds", "60"));
        if (latencySeconds > 0) {
            latency(Integer.parseInt(options.getOrDefault("--latency-rate", "1000")), latencySeconds);
        }
        double catchUp = importCatchUp(10_000);
        table.put("import 10,000 rows: visible after the answer", new double[] {10_000 / catchUp, catchUp, Double.NaN});
        System.out.println();
        System.out.printf("%-52s %12s %10s %8s%n", "measurement", "rows/s", "seconds", "ratio");
        table.forEach((what, r) -> System.out.printf(
                "%-52s %,12.0f %10.2f %8s%n", what, r[0], r[1], Double.isNaN(r[2]) ? "" : String.format("%.2f", r[2])));
    }

    /** Seconds for a plain JDBC batch insert of {@code rows} report-shaped rows, one commit. */
    private double baseline(int rows) throws Exception {
        try (Connection c = connect("?reWriteBatchedInserts=true")) {
            String table = "bench_baseline_" + run;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, indicator_id BIGINT NOT NULL, "
                        + "as_of DATE NOT NULL, numeric_value NUMERIC(20, 6), value TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setLong(2, 1_000 + i % 105);
                    insert.setObject(3, TODAY.minusDays(i % 60));
                    insert.setBigDecimal(4, java.math.BigDecimal.valueOf(i % 1000));
                    insert.setString(5, (i % 1000) + "台");
                    insert.addBatch();
                    if ((i + 1) % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
            System.out.printf("baseline: %,d rows in %.2f s%n", rows, seconds);
            return seconds;
        }
    }

    /** 15 projects with 7 indicators each, announced on the topics the way project- and indicator-service do. */
    private void defineReadModel() throws Exception {
        events.send(events.readModel());
        long expected = (long) BenchEvents.PROJECTS * BenchEvents.INDICATORS_PER_PROJECT;
        await(
                () -> count("SELECT count(*) FROM current_status WHERE subject = 'indicator' AND project_id BETWEEN "
                                        + events.projectId(0) + " AND " + events.projectId(BenchEvents.PROJECTS - 1))
                                == expected
                        ? 1
                        : 0,
                1,
                "read model");
        System.out.printf(
                "read model: %d projects, %d indicators known to monitoring%n", BenchEvents.PROJECTS, expected);
    }

    /** How long {@code n} reports took to write to Kafka, and from their commit until all were stored. */
    private record Ingest(double written, double consumed) {}

    /**
     * Writes {@code n} reports in one Kafka transaction and times, from its commit, until all are stored with their
     * status. Timing from the commit measures monitoring alone: while the records are written, the writer competes
     * with monitoring for the same two cores, and the writing is Kafka's cost, not monitoring's.
     */
    private Ingest ingest(int n) throws Exception {
        String reporter = "bench-" + run + "-" + n + "-" + System.nanoTime();
        List<ProducerRecord<String, String>> records = events.reports(n, reporter);
        long start = System.nanoTime();
        events.sendInOneTransaction(records);
        long committed = System.nanoTime();
        // Each project's reports share a partition and are stored in order: once the last report of every project is
        // stored, all are. Polling for those few ids costs PostgreSQL next to nothing, where counting the rows would
        // scan the table every 50 ms and compete with what is measured.
        String[] lastOfEachProject = BenchEvents.lastIdOfEachKey(records);
        await(
                () -> count("SELECT count(*) FROM progress_report WHERE id = ANY('{"
                        + String.join(",", lastOfEachProject) + "}'::uuid[])"),
                lastOfEachProject.length,
                n + " reports stored");
        Ingest ingest = new Ingest((committed - start) / 1e9, (System.nanoTime() - committed) / 1e9);
        long stored = count("SELECT count(*) FROM progress_report WHERE reporter = '" + reporter + "'");
        if (stored != n) {
            throw new IllegalStateException(stored + " of " + n + " reports stored");
        }
        System.out.printf(
                "ingest: %,d reports written to Kafka in one transaction in %.2f s, all stored %.2f s after its commit%n",
                n, ingest.written(), ingest.consumed());
        return ingest;
    }

    /** Seconds from the import's answer until monitoring evaluated every indicator of the table. */
    private double importCatchUp(int rows) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String bearer = adminToken(http);
        String table = GeneratedTable.text("96" + String.format("%04d", run % 10_000), "追赶" + run, rows);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/imports?fiscalYear=" + TODAY.getYear()))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .header("Authorization", "Bearer " + bearer)
                        .timeout(java.time.Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(table, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double answered = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        // The import may answer 202 (its saga still attaching the indicators): the project is found by its name.
        long answeredAt = System.nanoTime();
        String name = "追赶" + run;
        await(
                () -> count("SELECT count(*) FROM current_status s JOIN mon_project p ON p.id = s.project_id "
                        + "WHERE s.subject = 'indicator' AND p.name = '" + name + "'"),
                rows,
                "the imported indicators evaluated");
        double catchUp = (System.nanoTime() - answeredAt) / 1e9;
        System.out.printf(
                "import: %,d rows answered in %.2f s, all evaluated in monitoring %.2f s later%n",
                rows, answered, catchUp);
        return catchUp;
    }

    /** An admin token for the stack's admin key. */
    private String adminToken(HttpClient http) throws Exception {
        String adminKey = Files.readString(data.resolve("keys/admin.key")).strip();
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + adminKey + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(token.body()).path("token").asText();
    }

    /**
     * Post → SSE latency at {@code rate} reports/s for {@code seconds} (see {@link PostToStreamLatency}), then every
     * accepted report looked for in the database.
     */
    private void latency(int rate, int seconds) throws Exception {
        String reporter = "bench-latency-" + run;
        StackCpu cpu = StackCpu.of(data);
        Map<String, Double> cpuBefore = cpu.seconds();
        PostToStreamLatency.Result result = new PostToStreamLatency(
                        gateway, adminToken(HttpClient.newHttpClient()), events, TODAY)
                .run(rate, seconds, reporter);
        String stored = "SELECT count(*) FROM progress_report WHERE reporter = '" + reporter + "'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(stored) < result.accepted() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        System.out.print(result.describe(rate, seconds, count(stored)));
        // What each accepted report cost each process, posting and consuming it (and the refused requests' answers):
        // on two shared cores the sum bounds the rate the stack can take.
        System.out.println("  CPU per accepted report (µs):"
                + StackCpu.describeEach(StackCpu.since(cpuBefore, cpu.seconds()), result.accepted()));
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect("");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private interface Count {
        long get() throws Exception;
    }

    private static void await(Count count, long expected, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (count.get() >= expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(what + ": not done within 10 minutes");
    }

    /** The stack's PostgreSQL as the superuser, whose password the launcher keeps with its other secrets. */
    private Connection connect(String parameters) throws IOException, SQLException {
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve("keys/postgres.properties"))) {
            passwords.load(reader);
        }
        return DriverManager.getConnection(jdbcUrl + parameters, "postgres", passwords.getProperty("superuser"));
    }
}
