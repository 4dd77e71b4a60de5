package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProgressAndStatusIT {
    private static final AtomicLong NEXT_ID = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /**
     * A project whose 200-day period is exactly half over today (day 100 of 200), so time progress is 0.5, and one
     * indicator on it; both announced on the topics the way project- and indicator-service do.
     */
    static long[] projectWithIndicator(String target, String level1, String level2) {
        return projectWithIndicator("573301", target, level1, level2);
    }

    static long[] projectWithIndicator(String unitCode, String target, String level1, String level2) {
        long projectId = NEXT_ID.incrementAndGet();
        long indicatorId = NEXT_ID.incrementAndGet();
        Announcements.project(projectId, unitCode, "监控项目" + projectId);
        Announcements.indicator(indicatorId, projectId, unitCode, level1, level2, targetJson(target));
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> MonIndicator.findById(indicatorId) != null),
                Duration.ofSeconds(30),
                "indicator " + indicatorId + " in the read model");
        // Re-evaluation after a target definition is deferred by a moment: wait for the first status.
        try (TopicReader status = new TopicReader(kafkaClient(), Topics.STATUS_EVENTS)) {
            status.await(r -> r.key().equals("indicator:" + indicatorId), Duration.ofSeconds(30));
        }
        return new long[] {projectId, indicatorId};
    }

    static String targetJson(String raw) {
        return switch (raw) {
            case "≥17台" -> """
                    {"raw":"≥17台","comparator":"GE","value":17,"unit":"台","unitFamily":"COUNT","kind":"QUANTITY",
                     "direction":"HIGHER_BETTER","accumulation":"CUMULATIVE","deadline":null}""";
            case "显著提高" -> """
                    {"raw":"显著提高","comparator":null,"value":null,"unit":null,"unitFamily":null,"kind":"QUALITATIVE",
                     "direction":"HIGHER_BETTER","accumulation":"LEVEL","deadline":null}""";
            default -> throw new IllegalArgumentException(raw);
        };
    }

    static Map<String, Object> kafkaClient() {
        return PostgresKafkaResource.kafkaClient();
    }

    static String report(long indicatorId, LocalDate asOf, String value) {
        return """
                {"indicatorId":%d,"asOf":"%s","value":"%s"}""".formatted(indicatorId, asOf, value);
    }

    static long reportsOf(long indicatorId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.count("indicatorId", indicatorId));
    }

    @Test
    void acceptedReportBecomesAStatusAndAStatusEvent() {
        long[] ids = projectWithIndicator("≥17台", "产出指标", "数量指标");
        long indicatorId = ids[1];
        String eventId = given().contentType(ContentType.JSON)
                .body(report(indicatorId, TODAY, "9台"))
                .post("/api/progress")
                .then()
                .statusCode(202)
                .body("eventId", notNullValue())
                .extract()
                .path("eventId");

        try (TopicReader status = new TopicReader(kafkaClient(), Topics.STATUS_EVENTS)) {
            ConsumerRecord<String, String> changed = status.await(
                    r -> r.key().equals("indicator:" + indicatorId)
                            && "ON_TRACK"
                                    .equals(TopicReader.json(r)
                                            .at("/data/current/status")
                                            .asText()),
                    Duration.ofSeconds(30));
            JsonNode event = TopicReader.json(changed);
            assertThat(TopicReader.header(changed, EventHeaders.EVENT_TYPE)).isEqualTo("StatusChanged");
            // Defined today, mid-period: its first report is not due yet (docs/rules.md, "Grace").
            assertThat(event.at("/data/previous/status").asText()).isEqualTo("NOT_DUE");
            assertThat(event.at("/data/cause/type").asText()).isEqualTo("REPORT");
            assertThat(event.at("/data/cause/reportId").asText()).isEqualTo(eventId);
        }
        // Day 100 of 200: expected 17 × 0.5 = 8.5; 9 ÷ 8.5 = 1.0588 → ON_TRACK.
        given().get("/api/status/indicators/" + indicatorId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("actual", equalTo(9))
                .body("expected", equalTo(8.5f))
                .body("ratio", equalTo(1.0588f))
                .body("forecast", equalTo(18.0f))
                .body("asOf", equalTo(TODAY.toString()));
        // As of yesterday nothing was reported, and nothing was due yet.
        given().queryParam("asOf", TODAY.minusDays(1).toString())
                .get("/api/status/indicators/" + indicatorId)
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_DUE"));
        given().get("/api/status/projects/" + ids[0])
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("warning", equalTo("RED"))
                .body("timeProgress", equalTo(0.5f))
                // Only 产出 indicators: it gets 效益's and 满意度's points too (90), 90 × 9/17 = 47.65; nothing spent yet.
                .body("score", equalTo(47.65f))
                .body("grade", equalTo("差"))
                .body("indicators[0].indicatorId", equalTo((int) indicatorId));
    }

    @Test
    void rejectsReportsThatDoNotFitAndPublishesNothingForThem() {
        long[] quantity = projectWithIndicator("≥17台", "产出指标", "数量指标");
        long[] qualitative = projectWithIndicator("显著提高", "效益指标", "可持续影响指标");
        given().contentType(ContentType.JSON)
                .body("{\"indicatorId\":")
                .post("/api/progress")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(report(quantity[1], TODAY, "90%"))
                .post("/api/progress")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("value"));
        given().contentType(ContentType.JSON)
                .body(report(quantity[1], TODAY.plusDays(1), "9台"))
                .post("/api/progress")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON)
                .body(report(quantity[1], TODAY.minusDays(150), "9台"))
                .post("/api/progress")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON)
                .body(report(qualitative[1], TODAY, "9台"))
                .post("/api/progress")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("value"));
        given().contentType(ContentType.JSON)
                .body(report(987654321L, TODAY, "9台"))
                .post("/api/progress")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("indicatorId"));
        given().get("/api/status/indicators/987654321").then().statusCode(404).contentType("application/problem+json");

        given().contentType(ContentType.JSON)
                .body(report(qualitative[1], TODAY, "ACHIEVED"))
                .post("/api/progress")
                .then()
                .statusCode(202);
        try (TopicReader progress = new TopicReader(kafkaClient(), Topics.PROGRESS_EVENTS)) {
            progress.await(r -> r.key().equals(Long.toString(qualitative[0])), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> all = progress.drain(Duration.ofSeconds(1));
            assertThat(all).noneMatch(r -> r.key().equals(Long.toString(quantity[0])));
            assertThat(all)
                    .filteredOn(r -> r.key().equals(Long.toString(qualitative[0])))
                    .hasSize(1);
        }
        Await.until(() -> reportsOf(qualitative[1]) == 1, Duration.ofSeconds(20), "qualitative report stored");
        assertThat(reportsOf(quantity[1])).isZero();
        given().get("/api/status/indicators/" + qualitative[1]).then().body("status", equalTo("ACHIEVED"));
    }

    @Test
    void redeliveredReportIsCountedOnceAndPoisonIsDeadLettered() {
        long[] ids = projectWithIndicator("≥17台", "产出指标", "数量指标");
        String data = """
                {"indicatorId":%d,"projectId":%d,"unitCode":"573301","asOf":"%s","value":"3台","reportedAt":"2025-01-01T00:00:00Z"}
                """.formatted(ids[1], ids[0], TODAY);
        String envelope = TopicWriter.envelope(UUID.randomUUID(), "ProgressReported", data);
        TopicWriter.send(kafkaClient(), Topics.PROGRESS_EVENTS, Long.toString(ids[0]), envelope);
        TopicWriter.send(kafkaClient(), Topics.PROGRESS_EVENTS, Long.toString(ids[0]), envelope);
        String poisonKey = "poison-" + UUID.randomUUID();
        String unknown = data.replace("\"indicatorId\":" + ids[1], "\"indicatorId\":1");
        TopicWriter.send(
                kafkaClient(), Topics.PROGRESS_EVENTS, poisonKey, TopicWriter.envelope("ProgressReported", unknown));
        TopicWriter.send(
                kafkaClient(),
                Topics.PROGRESS_EVENTS,
                Long.toString(ids[0]),
                TopicWriter.envelope("ProgressReported", data.replace("3台", "4台")));

        Await.until(() -> reportsOf(ids[1]) == 2, Duration.ofSeconds(30), "both distinct reports stored");
        try (TopicReader dlq = new TopicReader(kafkaClient(), Topics.deadLetter(Topics.PROGRESS_EVENTS))) {
            ConsumerRecord<String, String> dead = dlq.await(r -> poisonKey.equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(dead, EventHeaders.DEAD_LETTER_REASON))
                    .contains("indicator 1 is not known");
        }
        assertThat(reportsOf(ids[1])).isEqualTo(2);
    }
}
