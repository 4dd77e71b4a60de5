package org.jixiao.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A fixed number of connections, each sending its next request as soon as the answer arrived (a closed loop, as wrk
 * does), first for a warm-up whose figures are dropped, then for the measured time. Tokens are taken in turn from the
 * list given, so requests spread evenly over the keys.
 */
final class ClosedLoopLoad {
    /** Requests per second and latency percentiles in ms of measured runs; failures are non-200 answers. */
    record Result(double perSecond, double p50, double p99, long requests, long failures, String firstFailure) {
        /** Several runs of one measurement (rounds interleaved with the others) as one: all their requests pooled. */
        static Result of(List<Run> runs) {
            long[] all = runs.stream()
                    .flatMapToLong(r -> Arrays.stream(r.latencies()))
                    .sorted()
                    .toArray();
            double seconds = runs.stream().mapToDouble(Run::seconds).sum();
            return new Result(
                    all.length / seconds,
                    percentile(all, 0.50),
                    percentile(all, 0.99),
                    all.length,
                    runs.stream().mapToLong(Run::failures).sum(),
                    runs.stream()
                            .map(Run::firstFailure)
                            .filter(f -> f != null)
                            .findFirst()
                            .orElse(null));
        }
    }

    /** One measured run: the latency of each request answered in it (ns), over {@code seconds}. */
    record Run(long[] latencies, double seconds, long failures, String firstFailure) {}

    private final int connections;

    ClosedLoopLoad(int connections) {
        this.connections = connections;
    }

    /** Loads {@code base + path}; {@code tokens} may hold a single null for requests without one. */
    Run run(URI base, String path, List<String> tokens, double warmUpSeconds, double seconds)
            throws InterruptedException {
        return run(base, () -> path, tokens, warmUpSeconds, seconds);
    }

    /** As above, each request to the next path {@code paths} gives (called from every connection's thread). */
    Run run(URI base, Supplier<String> paths, List<String> tokens, double warmUpSeconds, double seconds)
            throws InterruptedException {
        AtomicInteger nextToken = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        String[] firstFailure = new String[1];
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmUpSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            int me = c;
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            Thread worker = new Thread(
                    () -> {
                        long[] samples = mine;
                        int n = 0;
                        try (KeepAliveConnection http = new KeepAliveConnection(base)) {
                            while (true) {
                                String token = tokens.get(Math.floorMod(nextToken.getAndIncrement(), tokens.size()));
                                long sent = System.nanoTime();
                                if (sent >= end) {
                                    break;
                                }
                                int status;
                                try {
                                    KeepAliveConnection.Response response = http.get(paths.get(), token);
                                    status = response.status();
                                    if (status != 200 && firstFailure[0] == null) {
                                        firstFailure[0] = status + " " + response.text();
                                    }
                                } catch (Exception e) {
                                    status = -1;
                                    if (firstFailure[0] == null) {
                                        firstFailure[0] = e.toString();
                                    }
                                }
                                long answered = System.nanoTime();
                                if (sent >= measureFrom && answered <= end) {
                                    if (status != 200) {
                                        failures.incrementAndGet();
                                    }
                                    if (n == samples.length) {
                                        samples = Arrays.copyOf(samples, n * 2);
                                        latencies.set(me, samples);
                                    }
                                    samples[n++] = answered - sent;
                                }
                            }
                        } finally {
                            counts[me] = n;
                            done.countDown();
                        }
                    },
                    "load-" + c);
            worker.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Run(all, seconds, failures.get(), firstFailure[0]);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
