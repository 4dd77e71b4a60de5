package org.jixiao.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The at-scale reads through the gateway, each against its goal of issue 15 (docs/benchmarks.md, "At scale"): every
 * request names a random generated project or unit, so the reads spread over the whole data set instead of one hot
 * row. Measured as {@link ReadsBenchmark} measures: a closed loop, a warm-up, then interleaved rounds.
 */
final class ScaleReads {
    private static final String[] STATUSES = {"ON_TRACK", "AT_RISK", "OFF_TRACK"};

    /** One read: its paths, its connections, its goal in ms at p99 (or, with {@code goalOnMax}, at the maximum). */
    private record Read(String what, Supplier<String> paths, int connections, double goalMs, boolean goalOnMax) {}

    private final URI gateway;
    private final ScaleShape shape;

    ScaleReads(URI gateway, ScaleShape shape) {
        this.gateway = gateway;
        this.shape = shape;
    }

    /** The three list and lookup reads at each number of connections, then the report with one. */
    private List<Read> reads(List<Integer> connections) {
        int pages = Math.max(1, (shape.projects() / shape.units() + 19) / 20);
        List<Read> reads = new ArrayList<>();
        for (int c : connections) {
            reads.add(new Read(
                    "status by id: GET /api/status/projects/{id}",
                    () -> "/api/status/projects/" + shape.projectId(random(shape.projects())),
                    c,
                    10,
                    false));
        }
        for (int c : connections) {
            reads.add(new Read(
                    "unit's status list: GET /api/status/projects?unitCode&status",
                    () -> "/api/status/projects?unitCode=" + shape.unit(random(shape.units())) + "&status="
                            + STATUSES[random(STATUSES.length)],
                    c,
                    50,
                    false));
        }
        for (int c : connections) {
            reads.add(new Read(
                    "project list page: GET /api/projects?unitCode&page",
                    () -> "/api/projects?unitCode=" + shape.unit(random(shape.units())) + "&page=" + random(pages),
                    c,
                    50,
                    false));
        }
        reads.add(new Read(
                "unit summary report: GET /api/reports/units/{code}",
                () -> "/api/reports/units/" + shape.unit(random(shape.units())),
                1,
                1000,
                true));
        return reads;
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    /**
     * Warms each read up, measures {@code rounds} interleaved rounds of {@code seconds}, prints the table. One
     * connection shows a read's own latency; more show it queueing for the shared cores.
     */
    void measure(List<String> tokens, List<Integer> connections, double warmUp, double seconds, int rounds)
            throws InterruptedException {
        List<Read> reads = reads(connections);
        for (Read r : reads) {
            System.out.println("warming up " + r.what() + " …");
            new ClosedLoopLoad(r.connections()).run(gateway, r.paths(), tokens, warmUp, 0);
        }
        List<List<ClosedLoopLoad.Run>> runs = new ArrayList<>();
        reads.forEach(r -> runs.add(new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            System.out.println("round " + round + " of " + rounds + " …");
            for (int i = 0; i < reads.size(); i++) {
                Read r = reads.get(i);
                runs.get(i).add(new ClosedLoopLoad(r.connections()).run(gateway, r.paths(), tokens, 0, seconds));
            }
        }
        System.out.println();
        System.out.printf(
                "%-62s %5s %8s %8s %8s %8s %9s %11s %5s%n",
                "measurement", "conns", "req/s", "p50 ms", "p99 ms", "max ms", "failures", "goal", "met");
        for (int i = 0; i < reads.size(); i++) {
            print(reads.get(i), runs.get(i));
        }
    }

    private static void print(Read read, List<ClosedLoopLoad.Run> runs) {
        ClosedLoopLoad.Result r = ClosedLoopLoad.Result.of(runs);
        double max = runs.stream()
                        .flatMapToLong(run -> Arrays.stream(run.latencies()))
                        .max()
                        .orElse(0)
                / 1e6;
        double judged = read.goalOnMax() ? max : r.p99();
        String goal = (read.goalOnMax() ? "max ≤ " : "p99 ≤ ") + String.format("%.0f ms", read.goalMs());
        System.out.printf(
                "%-62s %5d %8.1f %8.2f %8.2f %8.2f %9d %11s %5s%n",
                read.what(),
                read.connections(),
                r.perSecond(),
                r.p50(),
                r.p99(),
                max,
                r.failures(),
                goal,
                r.failures() == 0 && judged <= read.goalMs() ? "yes" : "NO");
        if (r.firstFailure() != null) {
            System.out.println("  first failure: " + r.firstFailure());
        }
    }
}
