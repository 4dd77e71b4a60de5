package org.jixiao.monitoring.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.Announcements;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.targets.TargetValueParser;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;

/**
 * Projects and indicators announced on their topics the way project- and indicator-service do, and what the intake
 * tests read back: records on progress-events and stored reports.
 */
final class IntakeFixtures {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final AtomicLong NEXT_ID = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10 + 5);
    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private IntakeFixtures() {}

    /** A project of unit 573301 whose period runs from 99 days ago to 100 days ahead. */
    static long project() {
        long projectId = NEXT_ID.incrementAndGet();
        Announcements.project(projectId, "573301", "批量项目" + projectId);
        return projectId;
    }

    /** An indicator with the given target on the project, waited for until monitoring's read model has both. */
    static long indicator(long projectId, String target) {
        long indicatorId = NEXT_ID.incrementAndGet();
        Announcements.indicator(indicatorId, projectId, "573301", "产出指标", "数量指标", targetJson(target));
        // The two topics are consumed independently: a report is accepted once both its indicator and project are
        // known.
        Await.until(
                () -> QuarkusTransaction.requiringNew()
                        .call(() ->
                                MonIndicator.findById(indicatorId) != null && MonProject.findById(projectId) != null),
                Duration.ofSeconds(30),
                "indicator " + indicatorId + " and project " + projectId + " in the read model");
        return indicatorId;
    }

    static String report(long indicatorId, LocalDate asOf, String value) {
        return """
                {"indicatorId":%d,"asOf":"%s","value":"%s"}""".formatted(indicatorId, asOf, value);
    }

    static Map<String, Object> kafkaClient() {
        return PostgresKafkaResource.kafkaClient();
    }

    static long reportsOf(long indicatorId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.count("indicatorId", indicatorId));
    }

    static ProgressReport stored(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.findById(eventId));
    }

    static void awaitStored(Collection<UUID> eventIds) {
        Await.until(
                () -> eventIds.stream().allMatch(id -> stored(id) != null),
                Duration.ofSeconds(30),
                eventIds.size() + " reports stored");
    }

    static List<UUID> ids(List<String> eventIds) {
        return eventIds.stream().map(UUID::fromString).toList();
    }

    /**
     * Every record on progress-events for the project up to and including a marker report, sent here without a key
     * and awaited. The topic is keyed by project, so anything published for the project before the marker is in
     * the returned list: this is how the tests see that nothing else was published, without waiting for silence.
     */
    static List<ConsumerRecord<String, String>> recordsBeforeMarker(long projectId, long indicatorId) {
        // A value in the target's own unit: a bare number against a target with a unit is refused.
        String unit = QuarkusTransaction.requiringNew().call(() -> {
            MonIndicator indicator = MonIndicator.findById(indicatorId);
            return indicator.target.unit() == null ? "" : indicator.target.unit();
        });
        String marker = io.restassured.RestAssured.given()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(report(indicatorId, TODAY, "1" + unit))
                .post("/api/progress")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
        try (TopicReader progress = new TopicReader(kafkaClient(), Topics.PROGRESS_EVENTS)) {
            progress.await(r -> marker.equals(TopicReader.header(r, EventHeaders.EVENT_ID)), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> forProject = new ArrayList<>();
            for (ConsumerRecord<String, String> record : progress.drain(Duration.ZERO)) {
                if (record.key().equals(Long.toString(projectId))) {
                    if (marker.equals(TopicReader.header(record, EventHeaders.EVENT_ID))) {
                        return forProject;
                    }
                    forProject.add(record);
                }
            }
            throw new AssertionError("marker " + marker + " not found");
        }
    }

    static String eventId(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, EventHeaders.EVENT_ID);
    }

    private static String targetJson(String raw) {
        try {
            return JSON.writeValueAsString(TargetValueParser.parse(raw, "数量指标"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
