package org.jixiao.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/run reads}: reads by id at their service against that service's {@code /q/health/live}, and the same
 * reads through the gateway against direct, in one run (docs/benchmarks.md, "Reads"). A fixed number of kept-alive
 * connections in a closed loop, a warm-up before each measured run, tokens of reader keys made for the run and rotated
 * so that no per-key rate limit applies. Ends with the resident memory of every process of the stack.
 *
 * <p>Arguments: {@code --gateway URL --data DIR --service-ports N [--project ID] [--connections 8] [--warmup 5]
 * [--seconds 5] [--rounds 3] [--keys 200] [--reports 0] [--report-projects 15]}. {@code --reports N} first posts N
 * progress reports over the indicators of projects 1..15 ({@link ReportLoad}), as the measurements had. The
 * admin key is read from {@code DIR/keys/admin.key} unless {@code JIXIAO_ADMIN_KEY} is set.
 */
public final class ReadsBenchmark {
    private record Row(String what, ClosedLoopLoad.Result result, Map<String, Double> cpuSeconds) {
        /** CPU µs per request of one labelled process (null: all of them and the client). */
        double cpuPerRequest(String label) {
            return StackCpu.microsEach(cpuSeconds, label, result.requests());
        }
    }

    /** One measurement: what is read where, with which tokens. */
    private record Target(String what, URI base, String path, List<String> tokens) {}

    private ReadsBenchmark() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i], argv[i + 1]);
        }
        URI gateway = URI.create(args.getOrDefault("--gateway", "http://127.0.0.1:8080"));
        Path data = Path.of(args.getOrDefault("--data", ".jixiao"));
        int servicePort = Integer.parseInt(args.getOrDefault("--service-ports", "8081"));
        URI project = URI.create("http://127.0.0.1:" + servicePort);
        URI monitoring = URI.create("http://127.0.0.1:" + (servicePort + 2));
        String id = args.getOrDefault("--project", "1");
        ClosedLoopLoad load = new ClosedLoopLoad(Integer.parseInt(args.getOrDefault("--connections", "8")));
        double warmUp = Double.parseDouble(args.getOrDefault("--warmup", "5"));
        double seconds = Double.parseDouble(args.getOrDefault("--seconds", "5"));
        int rounds = Integer.parseInt(args.getOrDefault("--rounds", "3"));
        String adminKey = System.getenv("JIXIAO_ADMIN_KEY");
        if (adminKey == null || adminKey.isBlank()) {
            adminKey = Files.readString(data.resolve("keys/admin.key")).strip();
        }
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadBefore = loadAverage();
        List<Row> rows = new ArrayList<>();
        List<String> none = Collections.singletonList(null);
        try (ReaderTokens readers =
                ReaderTokens.create(gateway, adminKey, Integer.parseInt(args.getOrDefault("--keys", "200")))) {
            ReportLoad.load(
                    gateway,
                    readers.adminToken(),
                    Integer.parseInt(args.getOrDefault("--reports", "0")),
                    Integer.parseInt(args.getOrDefault("--report-projects", "15")));
            List<String> tokens = readers.tokens();
            String status = "/api/status/projects/" + id;
            String projectPath = "/api/projects/" + id;
            List<Target> targets = List.of(
                    new Target("monitoring /q/health/live, direct", monitoring, "/q/health/live", none),
                    new Target("GET " + status + ", direct", monitoring, status, tokens),
                    new Target("GET " + status + ", gateway", gateway, status, tokens),
                    new Target("project /q/health/live, direct", project, "/q/health/live", none),
                    new Target("GET " + projectPath + ", direct", project, projectPath, tokens),
                    new Target("GET " + projectPath + ", gateway", gateway, projectPath, tokens));
            rows.addAll(measure(load, targets, warmUp, seconds, rounds, StackCpu.of(data)));
        }
        String loadAfter = loadAverage();
        System.out.println();
        System.out.printf(
                "reads, %s, %s connections, %s s warm-up, then %d interleaved rounds of %s s each; load average"
                        + " before %s, after %s%n",
                started,
                args.getOrDefault("--connections", "8"),
                args.getOrDefault("--warmup", "5"),
                rounds,
                args.getOrDefault("--seconds", "5"),
                loadBefore,
                loadAfter);
        System.out.println();
        System.out.printf("%-46s %9s %8s %8s %9s%n", "measurement", "req/s", "p50 ms", "p99 ms", "failures");
        for (Row row : rows) {
            ClosedLoopLoad.Result r = row.result();
            System.out.printf(
                    "%-46s %,9.0f %8.2f %8.2f %9d%n", row.what(), r.perSecond(), r.p50(), r.p99(), r.failures());
        }
        System.out.println();
        printCpu(rows);
        System.out.println();
        // With every core busy, throughput is the cores over the CPU one request costs in all: the ratio of those
        // costs is what the clocks can show at best (docs/benchmarks.md, "What a proxy costs on shared cores").
        System.out.printf("%-46s %10s %18s %10s%n", "ratio", "measured", "goal (issue 15)", "CPU bound");
        ratio("status read ÷ monitoring health", rows.get(1), rows.get(0), "≥ 0.50");
        ratio("project read ÷ project health", rows.get(4), rows.get(3), "≥ 0.50");
        ratio("status: gateway ÷ direct", rows.get(2), rows.get(1), "≥ 0.90");
        overhead("status: gateway p50 overhead", rows.get(2), rows.get(1));
        ratio("project: gateway ÷ direct", rows.get(5), rows.get(4), "≥ 0.90");
        overhead("project: gateway p50 overhead", rows.get(5), rows.get(4));
        Footprint.print(data);
        for (Row row : rows) {
            if (row.result().failures() > 0) {
                System.out.println(
                        "first failure of '" + row.what() + "': " + row.result().firstFailure());
            }
        }
    }

    /**
     * Each target warmed up once, then measured in {@code rounds} rounds that take the targets in turn: the machine
     * is shared, and interleaving spreads a change of its load over all measurements instead of one.
     */
    private static List<Row> measure(
            ClosedLoopLoad load, List<Target> targets, double warmUp, double seconds, int rounds, StackCpu cpu)
            throws InterruptedException {
        for (Target t : targets) {
            System.out.println("warming up " + t.what() + " …");
            load.run(t.base(), t.path(), t.tokens(), warmUp, 0);
        }
        List<List<ClosedLoopLoad.Run>> runs = new ArrayList<>();
        List<Map<String, Double>> used = new ArrayList<>();
        targets.forEach(t -> {
            runs.add(new ArrayList<>());
            used.add(new HashMap<>());
        });
        for (int r = 1; r <= rounds; r++) {
            System.out.println("round " + r + " of " + rounds + " …");
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                Map<String, Double> before = cpu.seconds();
                runs.get(i).add(load.run(t.base(), t.path(), t.tokens(), 0, seconds));
                Map<String, Double> usedBy = used.get(i);
                StackCpu.since(before, cpu.seconds()).forEach((label, s) -> usedBy.merge(label, s, Double::sum));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            rows.add(new Row(targets.get(i).what(), ClosedLoopLoad.Result.of(runs.get(i)), used.get(i)));
        }
        return rows;
    }

    /** CPU µs per request of the processes a read passes through, and their sum over the whole stack and client. */
    private static void printCpu(List<Row> rows) {
        System.out.println();
        System.out.printf(
                "%-46s %9s %9s %9s %9s %9s %9s%n",
                "CPU µs per request", "client", "gateway", "monitor.", "project", "postgres", "all");
        for (Row row : rows) {
            System.out.printf(
                    "%-46s %9.0f %9.0f %9.0f %9.0f %9.0f %9.0f%n",
                    row.what(),
                    row.cpuPerRequest(StackCpu.CLIENT),
                    row.cpuPerRequest("gateway"),
                    row.cpuPerRequest("monitoring-service"),
                    row.cpuPerRequest("project-service"),
                    row.cpuPerRequest("postgres"),
                    row.cpuPerRequest(null));
        }
    }

    private static void ratio(String what, Row of, Row to, String goal) {
        System.out.printf(
                "%-46s %10.2f %18s %10.2f%n",
                what,
                of.result().perSecond() / to.result().perSecond(),
                goal,
                to.cpuPerRequest(null) / of.cpuPerRequest(null));
    }

    private static void overhead(String what, Row gateway, Row direct) {
        double ms = gateway.result().p50() - direct.result().p50();
        System.out.printf(
                "%-46s %10s %18s%n",
                what,
                String.format(
                        "%+.2f ms %+.0f %%", ms, 100 * ms / direct.result().p50()),
                "≤ max(1 ms, 10 %)");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
