package org.jixiao.monitoring.year;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.targets.TargetValueParser;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;

/**
 * One project of the year scenario, fed the way the other services feed monitoring: registration, targets and
 * spending on their topics, reports through the API. Each step waits until monitoring stored it, so the status events
 * it causes are published in step order.
 */
final class YearProject {
    private static final AtomicLong NEXT_ID = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10 + 5);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String UNIT = "573301";

    final long id;
    private final List<Long> indicators = new ArrayList<>();
    private int spendings;

    private YearProject(long id) {
        this.id = id;
    }

    static YearProject create(LocalDate start, LocalDate end) {
        YearProject project = new YearProject(NEXT_ID.incrementAndGet());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectId", project.id);
        data.put("unitCode", UNIT);
        data.put("fiscalYear", start.getYear());
        data.put("name", "年度监控项目" + project.id);
        data.put("budget", Map.of("total", 100, "fiscal", 100, "other", 0));
        data.put("purpose", "p");
        data.put("goals", List.of());
        data.put("periodStart", start.toString());
        data.put("periodEnd", end.toString());
        data.put("version", 1);
        project.publish(Topics.PROJECT_EVENTS, "ProjectRegistered", data);
        return project;
    }

    long indicator(String level1, String level2, String target) {
        return indicator(level1, level2, null, target);
    }

    /** An indicator whose target the grammar reads with its name (≥12人 物业服务人员 is staff in post). */
    long indicator(String level1, String level2, String name, String target) {
        return indicator(level1, level2, name, target, Instant.now());
    }

    /** An indicator whose definition indicator-service published at {@code definedAt}. */
    long indicator(String level1, String level2, String name, String target, Instant definedAt) {
        long indicatorId = NEXT_ID.incrementAndGet();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorId", indicatorId);
        data.put("projectId", id);
        data.put("unitCode", UNIT);
        data.put("level1", level1);
        data.put("level2", level2);
        data.put("name", name == null ? "指标" + indicatorId : name);
        data.put("description", "d");
        data.put("target", TargetValueParser.parse(target, level2, name));
        data.put("weight", null);
        data.put("milestones", List.of());
        data.put("revision", 1);
        publish(Topics.INDICATOR_EVENTS, "IndicatorDefined", data, definedAt);
        indicators.add(indicatorId);
        return indicatorId;
    }

    /** Until every target is in the read model and the project has its first status. */
    void awaitEvaluated(int count) {
        awaitEvaluated(count, "NOT_REPORTED");
    }

    /** Until every target is in the read model and the project's status (as of today) is {@code status}. */
    void awaitEvaluated(int count, String status) {
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> MonIndicator.count("projectId", id)) == count,
                Duration.ofSeconds(30),
                count + " indicators of project " + id);
        Await.until(
                () -> status.equals(given().get("/api/status/projects/" + id).path("status")),
                Duration.ofSeconds(30),
                "project " + id + " evaluated");
    }

    void spend(LocalDate asOf, String spent) {
        publish(
                Topics.PROJECT_EVENTS,
                "BudgetExecutionRecorded",
                Map.of("projectId", id, "unitCode", UNIT, "asOf", asOf.toString(), "spent", spent));
        int expected = ++spendings;
        Await.until(
                () -> QuarkusTransaction.requiringNew()
                                .call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                                .createNativeQuery(
                                                        "SELECT count(*) FROM mon_budget_execution WHERE project_id = ?1")
                                                .setParameter(1, id)
                                                .getSingleResult())
                                        .intValue())
                        == expected,
                Duration.ofSeconds(30),
                "spending of project " + id + " as of " + asOf);
    }

    void report(long indicatorId, LocalDate asOf, String value) {
        post(indicatorId, Map.of("indicatorId", indicatorId, "asOf", asOf.toString(), "value", value));
    }

    /** A report through the API correcting the indicator's report as of {@code correctedAsOf}. */
    void reportCorrecting(long indicatorId, LocalDate asOf, String value, LocalDate correctedAsOf) {
        UUID corrected = QuarkusTransaction.requiringNew()
                .call(() -> ProgressReport.<ProgressReport>find(
                                "indicatorId = ?1 and asOf = ?2", indicatorId, correctedAsOf)
                        .firstResult()
                        .id);
        post(
                indicatorId,
                Map.of(
                        "indicatorId",
                        indicatorId,
                        "asOf",
                        asOf.toString(),
                        "value",
                        value,
                        "corrects",
                        corrected.toString()));
    }

    private void post(long indicatorId, Map<String, Object> report) {
        long before = reports(indicatorId);
        given().contentType(ContentType.JSON)
                .body(report)
                .post("/api/progress")
                .then()
                .statusCode(202);
        Await.until(
                () -> reports(indicatorId) == before + 1,
                Duration.ofSeconds(30),
                "report on " + indicatorId + " as of " + report.get("asOf"));
    }

    /**
     * A report written straight to {@code progress-events}, as another system would; waits until monitoring stored
     * it.
     */
    void reportOnTopic(long indicatorId, LocalDate asOf, String value) {
        long before = reports(indicatorId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorId", indicatorId);
        data.put("projectId", id);
        data.put("unitCode", UNIT);
        data.put("asOf", asOf.toString());
        data.put("value", value);
        data.put("reporter", "外部系统");
        publish(Topics.PROGRESS_EVENTS, "ProgressReported", data);
        Await.until(
                () -> reports(indicatorId) == before + 1,
                Duration.ofSeconds(30),
                "report on " + indicatorId + " as of " + asOf + " from the topic");
    }

    /** The project's status, warning, score, grade and projected score and grade as of a day, as the API gives it. */
    void assertProject(
            LocalDate asOf,
            String status,
            String warning,
            float score,
            String grade,
            float projectedScore,
            String projectedGrade) {
        given().queryParam("asOf", asOf.toString())
                .get("/api/status/projects/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo(status))
                .body("warning", equalTo(warning))
                .body("score", equalTo(score))
                .body("grade", equalTo(grade))
                .body("projectedScore", equalTo(projectedScore))
                .body("projectedGrade", equalTo(projectedGrade));
    }

    /** Each indicator's status as of a day, in the order given. */
    void assertStatuses(LocalDate asOf, Map<Long, String> expected) {
        io.restassured.path.json.JsonPath body = given().queryParam("asOf", asOf.toString())
                .get("/api/status/projects/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<Long, String> actual = new LinkedHashMap<>();
        for (Long indicatorId : expected.keySet()) {
            actual.put(indicatorId, body.getString("indicators.find { it.indicatorId == " + indicatorId + " }.status"));
        }
        org.assertj.core.api.Assertions.assertThat(actual)
                .as("statuses as of " + asOf)
                .isEqualTo(expected);
    }

    /** The project's status events with one of these causes, oldest first, once {@code count} have arrived. */
    List<YearOfReportsIT.Snapshot> projectEvents(Set<String> causes, int count) {
        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.STATUS_EVENTS)) {
            Await.until(
                    () -> ofThisProject(reader.drain(Duration.ofMillis(300)), causes)
                                    .size()
                            >= count,
                    Duration.ofSeconds(30),
                    count + " status events of project " + id);
            // A quiet moment more: an extra event would make the sequence longer than the one worked out.
            return ofThisProject(reader.drain(Duration.ofSeconds(3)), causes);
        }
    }

    private List<YearOfReportsIT.Snapshot> ofThisProject(
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records, Set<String> causes) {
        return records.stream()
                .filter(r -> r.key().equals("project:" + id))
                .map(TopicReader::json)
                .filter(e -> causes.contains(e.at("/data/cause/type").asText()))
                .map(e -> YearOfReportsIT.Snapshot.of(e.at("/data/current")))
                .toList();
    }

    private static long reports(long indicatorId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.count("indicatorId", indicatorId));
    }

    private void publish(String topic, String eventType, Map<String, Object> data) {
        publish(topic, eventType, data, Instant.now());
    }

    private void publish(String topic, String eventType, Map<String, Object> data, Instant occurredAt) {
        try {
            TopicWriter.send(
                    PostgresKafkaResource.kafkaClient(),
                    topic,
                    Long.toString(id),
                    TopicWriter.envelope(UUID.randomUUID(), eventType, occurredAt, JSON.writeValueAsString(data)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
