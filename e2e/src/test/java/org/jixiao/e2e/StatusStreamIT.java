package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A dashboard on the status stream through the gateway: a progress report posted by a clerk reaches it as a status
 * event within a second; after a reconnect with Last-Event-ID it gets exactly the events it missed. The project is
 * its own (unit 990003), so events of other classes cannot blur what is counted.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusStreamIT {
    static final String UNIT = "990003";
    static RunningSystem system;
    static String token;
    static long project;
    static final List<Long> indicators = new ArrayList<>();
    /** The id of the last event the first connection received, carried to the reconnect. */
    static String lastEventId;

    @BeforeAll
    static void projectWithFourTargets() throws Exception {
        system = SharedSystem.get();
        token = system.token(system.adminKey);
        List<TodaysProject.Target> targets = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            targets.add(new TodaysProject.Target("数量指标", "设备采购数量" + i, "≥10台"));
        }
        TodaysProject registered = TodaysProject.register(
                StatusStreamIT::api,
                UNIT,
                "状态推送测试单位",
                Map.of(
                        "name",
                        "状态推送项目",
                        "budget",
                        Map.of("total", 10, "fiscal", 10, "other", 0),
                        "purpose",
                        "测试",
                        "goals",
                        List.of("实时看到状态")),
                targets);
        project = registered.id();
        indicators.addAll(registered.indicators());
    }

    @Test
    @Order(1)
    void aReportReachesEveryMatchingDashboardWithinASecond() throws Exception {
        String stream = system.gateway() + "/api/stream/status";
        try (SseClient byProject = SseClient.connect(stream + "?projectId=" + project, token, null);
                SseClient byUnit = SseClient.connect(stream + "?unitCode=" + UNIT, token, null);
                SseClient otherUnit = SseClient.connect(stream + "?unitCode=573301", token, null)) {
            List<Long> latenciesMillis = new ArrayList<>();
            List<String> seenByProject = new ArrayList<>();
            String lastReceived = null;
            for (long indicator : indicators.subList(0, 3)) {
                long posted = System.nanoTime();
                String reportId = report(indicator, "5台");
                SseClient.Event event = awaitStatusOf(byProject, indicator, reportId);
                latenciesMillis.add(
                        Duration.ofNanos(event.arrivedNanos() - posted).toMillis());
                assertThat(event.name()).isEqualTo("status");
                assertThat(event.data().at("/data/current/status").asText()).isEqualTo("ON_TRACK");
                assertThat(event.data().at("/data/unitCode").asText()).isEqualTo(UNIT);
                seenByProject.add(event.eventId());
                lastReceived = event.id();
                assertThat(awaitStatusOf(byUnit, indicator, reportId).eventId()).isEqualTo(event.eventId());
            }
            // Whatever else this project published meanwhile (its own status) also counts as received.
            List<SseClient.Event> rest = byProject.collectUntilQuiet(Duration.ofSeconds(1));
            lastEventId =
                    rest.isEmpty() ? lastReceived : rest.get(rest.size() - 1).id();
            System.out.println("report → status event through the gateway, ms: " + latenciesMillis);
            // The median, so that one pause of a loaded machine does not decide; each one is shown above.
            assertThat(latenciesMillis.stream().sorted().toList().get(1))
                    .as("median ms from posting a report to its status event")
                    .isLessThan(1000);
            List<String> otherUnitsEvents = otherUnit.collectUntilQuiet(Duration.ofSeconds(1)).stream()
                    .map(SseClient.Event::eventId)
                    .toList();
            assertThat(otherUnitsEvents).doesNotContainAnyElementsOf(seenByProject);
        }
    }

    @Test
    @Order(2)
    void aReconnectWithLastEventIdReplaysExactlyTheMissedEvents() throws Exception {
        assertThat(lastEventId).as("the first connection's last event id").isNotNull();
        // While disconnected: the fourth target is reported on track, the first falls far behind (1台 of 5 expected),
        // which also turns the project OFF_TRACK.
        report(indicators.get(3), "5台");
        report(indicators.get(0), "1台");
        Await.until(
                () -> "OFF_TRACK"
                        .equals(api().get("/api/status/projects/" + project).path("status")),
                Duration.ofSeconds(30),
                "the project's status reflects both reports");
        List<ConsumerRecord<String, String>> missed = publishedAfter(lastEventId);
        assertThat(missed.stream().map(r -> r.key()))
                .contains("indicator:" + indicators.get(3), "indicator:" + indicators.get(0), "project:" + project);

        try (SseClient resumed =
                SseClient.connect(system.gateway() + "/api/stream/status?projectId=" + project, token, lastEventId)) {
            List<SseClient.Event> replayed = resumed.collectUntilQuiet(Duration.ofSeconds(3));
            assertThat(replayed.stream().map(SseClient.Event::eventId).sorted())
                    .as("the events published while the client was away, each once")
                    .containsExactlyElementsOf(missed.stream()
                            .map(r -> TopicReader.json(r).path("eventId").asText())
                            .sorted()
                            .toList());
            assertThat(replayed.get(replayed.size() - 1)
                            .data()
                            .at("/data/current/status")
                            .asText())
                    .isNotBlank();
        }
    }

    /**
     * This project's events on {@code status-events} after the position an event id names: the id is, per partition,
     * the offset of the next record ({@code 0-13.1-5.2-8}).
     */
    private static List<ConsumerRecord<String, String>> publishedAfter(String eventId) {
        Map<Integer, Long> next = new TreeMap<>();
        for (String part : eventId.split("\\.")) {
            String[] partitionOffset = part.split("-");
            next.put(Integer.parseInt(partitionOffset[0]), Long.parseLong(partitionOffset[1]));
        }
        try (TopicReader statuses = new TopicReader(system.kafka(), "status-events")) {
            return statuses.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.offset() >= next.getOrDefault(r.partition(), 0L))
                    .filter(r -> TopicReader.json(r).at("/data/projectId").asLong() == project)
                    .sorted(Comparator.comparingLong(ConsumerRecord::timestamp))
                    .toList();
        }
    }

    private static SseClient.Event awaitStatusOf(SseClient client, long indicator, String reportId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            SseClient.Event event = client.next(Duration.ofMillis(200));
            if (event != null
                    && event.data().at("/data/subjectId").asText().equals(Long.toString(indicator))
                    && event.data().at("/data/cause/reportId").asText().equals(reportId)) {
                return event;
            }
        }
        throw new AssertionError("no status event of indicator " + indicator + " for report " + reportId);
    }

    private static String report(long indicator, String value) {
        return TodaysProject.report(api(), indicator, value);
    }

    private static RequestSpecification api() {
        return given().baseUri(system.gateway()).header("Authorization", "Bearer " + token);
    }
}
