package org.jixiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the reads something to evaluate: {@code n} progress reports spread round-robin over the indicators of
 * projects 1..{@code projects} (the demo data), posted through the gateway's batch intake 500 at a time, each value
 * in its target's unit and dated within its project's period. Then waits until monitoring shows the last one.
 */
final class ReportLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMERIC = Pattern.compile("^[≥≤><=]*\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(\\S*)$");
    private static final int BATCH = 500;
    private static final Pattern REFUSED_VALUE = Pattern.compile("^\\[(\\d+)]\\.value$");

    private record Target(long indicatorId, String target, LocalDate from, LocalDate to) {}

    private ReportLoad() {}

    static void load(URI gateway, String adminToken, int n, int projects) throws IOException, InterruptedException {
        if (n <= 0) {
            return;
        }
        List<Target> targets = new ArrayList<>();
        try (KeepAliveConnection http = new KeepAliveConnection(gateway)) {
            for (int p = 1; p <= projects; p++) {
                KeepAliveConnection.Response project = http.get("/api/projects/" + p, adminToken);
                KeepAliveConnection.Response status = http.get("/api/status/projects/" + p, adminToken);
                if (project.status() != 200 || status.status() != 200) {
                    continue;
                }
                JsonNode period = JSON.readTree(project.body());
                LocalDate from = LocalDate.parse(period.path("periodStart").asText());
                LocalDate end = LocalDate.parse(period.path("periodEnd").asText());
                LocalDate to = end.isAfter(LocalDate.now()) ? LocalDate.now() : end;
                for (JsonNode indicator : JSON.readTree(status.body()).path("indicators")) {
                    targets.add(new Target(
                            indicator.path("indicatorId").asLong(),
                            indicator.path("target").asText(),
                            from,
                            to));
                }
            }
            if (targets.isEmpty()) {
                throw new IOException("no indicators in projects 1.." + projects + " to report on");
            }
            long started = System.nanoTime();
            // Indicators whose target reads like a number but is not one (7*24小时, 2028年7月) get a grade instead.
            Set<Long> qualitative = new HashSet<>();
            for (int from = 0; from < n; from += BATCH) {
                int to = Math.min(n, from + BATCH);
                KeepAliveConnection.Response answer = post(http, adminToken, batch(targets, from, to, qualitative));
                for (int retry = 0; retry < 3 && answer.status() == 422; retry++) {
                    for (JsonNode violation : JSON.readTree(answer.body()).path("violations")) {
                        Matcher refused =
                                REFUSED_VALUE.matcher(violation.path("field").asText());
                        if (refused.matches()) {
                            int i = from + Integer.parseInt(refused.group(1));
                            qualitative.add(targets.get(i % targets.size()).indicatorId());
                        }
                    }
                    answer = post(http, adminToken, batch(targets, from, to, qualitative));
                }
                if (answer.status() / 100 != 2) {
                    throw new IOException("posting reports: HTTP " + answer.status() + " " + answer.text());
                }
            }
            System.out.printf(
                    "posted %,d reports on %d indicators in %.1f s%n",
                    n, targets.size(), (System.nanoTime() - started) / 1e9);
            awaitSettled(http, adminToken, projects);
            System.out.printf(
                    "monitoring settled %.1f s after the first report%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * One batch, waited for and sent again while the gateway answers 429: the admin key's writes are limited per 10 s
     * (docs/security.md), and the benchmark has just used many of them making its reader keys.
     */
    private static KeepAliveConnection.Response post(KeepAliveConnection http, String token, String body)
            throws IOException, InterruptedException {
        KeepAliveConnection.Response answer = http.postJson("/api/progress/batch", token, body);
        for (int retry = 0; retry < 10 && answer.status() == 429; retry++) {
            Thread.sleep(2_000);
            answer = http.postJson("/api/progress/batch", token, body);
        }
        return answer;
    }

    /** Until two looks at every project's status two seconds apart find nothing changed (at most two minutes). */
    private static void awaitSettled(KeepAliveConnection http, String token, int projects)
            throws IOException, InterruptedException {
        String before = "";
        for (int tries = 0; tries < 60; tries++) {
            StringBuilder now = new StringBuilder();
            for (int p = 1; p <= projects; p++) {
                now.append(http.get("/api/status/projects/" + p, token).text());
            }
            if (now.toString().equals(before)) {
                return;
            }
            before = now.toString();
            Thread.sleep(2_000);
        }
    }

    /** Reports {@code from} (inclusive) to {@code to} of the run, as the JSON array the batch intake takes. */
    private static String batch(List<Target> targets, int from, int to, Set<Long> qualitative) {
        ArrayNode batch = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            Target t = targets.get(i % targets.size());
            int round = i / targets.size();
            long days = ChronoUnit.DAYS.between(t.from(), t.to());
            batch.addObject()
                    .put("indicatorId", t.indicatorId())
                    .put(
                            "asOf",
                            t.from()
                                    .plusDays(days == 0 ? 0 : (round * 7L) % (days + 1))
                                    .toString())
                    .put("value", qualitative.contains(t.indicatorId()) ? "PARTLY_ACHIEVED" : value(t.target(), round))
                    .put("likelihood", "LIKELY")
                    .put("reporter", "bench");
        }
        return batch.toString();
    }

    /** A value in the target's grammar: a tenth to the whole of its number in its unit, else a qualitative grade. */
    private static String value(String target, int round) {
        Matcher m = NUMERIC.matcher(target.strip());
        if (!m.matches()) {
            return "PARTLY_ACHIEVED";
        }
        BigDecimal of = new BigDecimal(m.group(1));
        BigDecimal share = of.multiply(BigDecimal.valueOf(round % 10 + 1)).divide(BigDecimal.TEN);
        return share.stripTrailingZeros().toPlainString() + m.group(2);
    }
}
