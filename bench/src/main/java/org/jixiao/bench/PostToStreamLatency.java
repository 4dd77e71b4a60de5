package org.jixiao.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Post → status event on the SSE stream under load: reports are posted one per request through the gateway's
 * {@code POST /api/progress} at a fixed rate while a client follows {@code GET /api/stream/status}.
 *
 * <p>A status event is only published when something changes, and a batch publishes a project's final state only, so
 * not every report has an event of its own. The latency is measured on <b>probes</b>: every 100 ms one report on the
 * qualitative indicator of one of the last {@value #PROBE_PROJECTS} projects, answering ACHIEVED and NOT_ACHIEVED in
 * turn, so that each probe changes its indicator's status and its event names the probe as its cause. The rest of the
 * rate is background load spread over every indicator of the other projects. Every accepted report is then looked
 * for in the database.
 *
 * <p>Reports are posted on {@value #CONNECTIONS} kept-alive connections ({@link KeepAliveConnection}), each one report
 * at a time, as many clients would: the generator shares the two cores with the stack, and the JDK's HttpClient cost
 * more CPU per post than the gateway did. A probe's latency counts from the moment it was due, so the time it waited
 * for a free connection (the stack answering too slowly for the rate) is part of it.
 */
final class PostToStreamLatency {
    static final int PROBE_PROJECTS = 5;
    private static final long PROBE_EVERY_NANOS = Duration.ofMillis(100).toNanos();
    private static final Pattern REPORT_ID = Pattern.compile("\"reportId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    /** Kept-alive connections the reports are posted on, each one report at a time, as many clients would. */
    static final int CONNECTIONS = 64;
    /** The run's slowest probes are also told per window of this many seconds: a slow start or a passing stall. */
    private static final int WINDOW_SECONDS = 10;

    /** What one run measured. */
    record Result(
            int posted,
            int accepted,
            int refused,
            Map<String, Integer> refusals,
            List<Long> probeMillis,
            int probesWithoutEvent,
            long[] slowestByWindow) {
        /** The lines the benchmark prints, with how many of the accepted reports were found stored. */
        String describe(int rate, int seconds, long stored) {
            return String.format(
                    "post → SSE at %,d reports/s for %d s (%d connections): %,d posted, %,d accepted (202), %,d refused"
                            + " %s, %,d of the accepted stored%n  %,d probes, from when each was due: p50 %d ms, p90 %d"
                            + " ms, p99 %d ms, max %d ms; %d without a status event%n"
                            + "  slowest probe of each %d s (ms): %s%n",
                    rate,
                    seconds,
                    CONNECTIONS,
                    posted,
                    accepted,
                    refused,
                    refusals,
                    stored,
                    probeMillis.size(),
                    percentile(0.50),
                    percentile(0.90),
                    percentile(0.99),
                    percentile(1.0),
                    probesWithoutEvent,
                    WINDOW_SECONDS,
                    Arrays.toString(slowestByWindow));
        }

        long percentile(double p) {
            if (probeMillis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = new ArrayList<>(probeMillis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String gateway;
    private final String bearer;
    private final BenchEvents events;
    private final LocalDate today;
    private final Map<UUID, Long> eventSeenAt = new ConcurrentHashMap<>();
    private volatile long lastEventAt;

    PostToStreamLatency(String gateway, String bearer, BenchEvents events, LocalDate today) {
        this.gateway = gateway;
        this.bearer = bearer;
        this.events = events;
        this.today = today;
    }

    /** Posts at {@code rate} reports/s for {@code seconds}, by {@code reporter}; waits for the probes' events. */
    Result run(int rate, int seconds, String reporter) throws Exception {
        CompletableFuture<HttpResponse<Stream<String>>> stream = follow();
        Thread.sleep(1_000); // the stream is open and past its replay before the first probe
        Posting posting = new Posting();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread sender = new Thread(posting::send, "post-" + c);
            sender.start();
            senders.add(sender);
        }
        long every = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long nextProbe = start;
        int total = rate * seconds;
        int probes = 0;
        for (int i = 0; i < total; i++) {
            long due = start + i * every;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean probe = due >= nextProbe;
            String body;
            if (probe) {
                nextProbe += PROBE_EVERY_NANOS;
                int p = BenchEvents.PROJECTS - PROBE_PROJECTS + probes % PROBE_PROJECTS;
                // Each probe project alternates, so each probe changes its indicator's status.
                String answer = (probes / PROBE_PROJECTS) % 2 == 0 ? "NOT_ACHIEVED" : "ACHIEVED";
                body = report(events.indicatorId(p, BenchEvents.QUALITATIVE), answer, reporter);
                probes++;
            } else {
                int p = i % (BenchEvents.PROJECTS - PROBE_PROJECTS);
                int k = (i / BenchEvents.PROJECTS) % BenchEvents.INDICATORS_PER_PROJECT;
                body = report(events.indicatorId(p, k), BenchEvents.value(k, i), reporter);
            }
            posting.queue.add(new Post(body, probe, due));
        }
        for (int c = 0; c < CONNECTIONS; c++) {
            posting.queue.add(Post.END);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        awaitProbeEvents(posting.probesDueAt.keySet());
        stream.cancel(true);
        List<Long> millis = new ArrayList<>();
        long[] slowestByWindow = new long[(seconds + WINDOW_SECONDS - 1) / WINDOW_SECONDS];
        posting.probesDueAt.forEach((id, due) -> {
            Long seen = eventSeenAt.get(id);
            if (seen != null) {
                long latency = Math.max(0, (seen - due) / 1_000_000);
                millis.add(latency);
                int window =
                        (int) Math.min(slowestByWindow.length - 1, (due - start) / 1_000_000_000L / WINDOW_SECONDS);
                slowestByWindow[window] = Math.max(slowestByWindow[window], latency);
            }
        });
        return new Result(
                total,
                posting.accepted.get(),
                posting.refused.get(),
                posting.refusals,
                millis,
                posting.probesDueAt.size() - millis.size(),
                slowestByWindow);
    }

    /**
     * Waits until every probe's event has arrived, for at most 30 s, and no longer than 5 s after the last event of any
     * kind: a probe whose answer repeated its indicator's status (the ingest before may have left the same answer) has
     * no event, and waiting the whole 30 s for it would add idle time to the CPU the run measures.
     */
    private void awaitProbeEvents(Set<UUID> probes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long quiet = Duration.ofSeconds(5).toNanos();
        long postingEnded = System.nanoTime();
        while (!eventSeenAt.keySet().containsAll(probes)
                && System.nanoTime() < deadline
                && System.nanoTime() - Math.max(lastEventAt, postingEnded) < quiet) {
            Thread.sleep(100);
        }
    }

    /** A report to post, and when it was due. */
    private record Post(String body, boolean probe, long dueNanos) {
        static final Post END = new Post(null, false, 0);
    }

    /** The posts waiting for a connection, and what their answers said. */
    private final class Posting {
        final BlockingQueue<Post> queue = new LinkedBlockingQueue<>();
        final Map<UUID, Long> probesDueAt = new ConcurrentHashMap<>();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final Map<String, Integer> refusals = new ConcurrentHashMap<>();

        /** One connection's loop: takes the next due post until the end. */
        void send() {
            try (KeepAliveConnection connection = new KeepAliveConnection(URI.create(gateway))) {
                for (Post post = queue.take(); post != Post.END; post = queue.take()) {
                    answer(post, connection);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void answer(Post post, KeepAliveConnection connection) {
            try {
                KeepAliveConnection.Response response = connection.postJson("/api/progress", bearer, post.body());
                if (response.status() == 202) {
                    accepted.incrementAndGet();
                    if (post.probe()) {
                        Matcher id = EVENT_ID.matcher(response.text());
                        if (id.find()) {
                            probesDueAt.put(UUID.fromString(id.group(1)), post.dueNanos());
                        }
                    }
                    return;
                }
                refuse("HTTP " + response.status());
            } catch (IOException e) {
                refuse(e.getClass().getSimpleName());
            }
        }

        private void refuse(String why) {
            refused.incrementAndGet();
            refusals.merge(why, 1, Integer::sum);
        }
    }

    /** Follows the status stream from now on, noting when each report's first status event arrives. */
    private CompletableFuture<HttpResponse<Stream<String>>> follow() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/stream/status"))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(line -> {
            if (line.startsWith("data:")) {
                Matcher cause = REPORT_ID.matcher(line);
                if (cause.find()) {
                    lastEventAt = System.nanoTime();
                    eventSeenAt.putIfAbsent(UUID.fromString(cause.group(1)), lastEventAt);
                }
            }
        }));
        return response;
    }

    private String report(long indicatorId, String value, String reporter) {
        return """
                {"indicatorId":%d,"asOf":"%s","value":"%s","reporter":"%s"}""".formatted(indicatorId, today, value, reporter);
    }
}
