package org.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.indicator.indicators.Indicator;
import org.jixiao.indicator.projects.KnownProject;
import org.jixiao.kit.outbox.OutboxEvent;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class IndicatorApiIT {
    private static final AtomicLong NEXT_PROJECT = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10);

    /** Announces a project the way project-service does, and waits until this service knows it. */
    static long knownProject() {
        long id = NEXT_PROJECT.incrementAndGet();
        String data = """
                {"projectId":%d,"unitCode":"573301","fiscalYear":2025,"name":"项目%d",
                 "budget":{"total":11.00,"fiscal":11.00,"other":0},"purpose":"p","goals":[],
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","version":1}
                """.formatted(id, id);
        send(Long.toString(id), TopicWriter.envelope("ProjectRegistered", data));
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> KnownProject.findById(id) != null),
                Duration.ofSeconds(30),
                "project " + id + " known");
        return id;
    }

    static void send(String key, String value) {
        TopicWriter.send(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS, key, value);
    }

    static String indicator(long projectId, String level1, String level2, String name, String target) {
        return """
                {"projectId":%d,"level1":"%s","level2":"%s","name":"%s","description":"%s","target":"%s"}
                """.formatted(projectId, level1, level2, name, name, target);
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Indicator.count() * 1_000_000 + OutboxEvent.count());
    }

    @Test
    void definesAnIndicatorWithItsParsedTargetAndPublishesIt() {
        long projectId = knownProject();
        long id = given().contentType(ContentType.JSON)
                .body(indicator(projectId, "产出指标", "数量指标", "硬件采购（维护）数量", "≥17台"))
                .post("/api/indicators")
                .then()
                .statusCode(201)
                .body("target.raw", equalTo("≥17台"))
                .body("target.comparator", equalTo("GE"))
                .body("target.value", equalTo(17))
                .body("target.unit", equalTo("台"))
                .body("target.kind", equalTo("QUANTITY"))
                .body("target.direction", equalTo("HIGHER_BETTER"))
                .body("target.accumulation", equalTo("CUMULATIVE"))
                .body("unitCode", equalTo("573301"))
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/indicators/" + id).then().statusCode(200).body("name", equalTo("硬件采购（维护）数量"));
        given().get("/api/projects/" + projectId + "/indicators")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) id));

        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.INDICATOR_EVENTS)) {
            ConsumerRecord<String, String> record =
                    reader.await(r -> r.key().equals(Long.toString(projectId)), Duration.ofSeconds(20));
            JsonNode event = TopicReader.json(record);
            assertThat(TopicReader.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("IndicatorDefined");
            assertThat(event.at("/data/indicatorId").asLong()).isEqualTo(id);
            assertThat(event.at("/data/target/value").decimalValue()).isEqualByComparingTo("17");
        }
    }

    @Test
    void rejectsBadIndicatorsWithoutWritingAnything() {
        long projectId = knownProject();
        long before = count();
        given().contentType(ContentType.JSON)
                .body("{\"projectId\":")
                .post("/api/indicators")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(indicator(projectId, "产出指标", "社会效益指标", "x", "≥1个"))
                .post("/api/indicators")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("level2"))
                .body("violations[0].message", containsString("数量指标/质量指标/时效指标/成本指标"));
        given().contentType(ContentType.JSON)
                .body(indicator(987654321L, "产出指标", "数量指标", "x", "≥1个"))
                .post("/api/indicators")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("projectId"));
        given().contentType(ContentType.JSON)
                .body("{\"projectId\":" + projectId + ",\"level1\":\"产出指标\",\"level2\":\"数量指标\"}")
                .post("/api/indicators")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("target"));
        given().contentType(ContentType.JSON)
                .body(indicator(projectId, "产出指标", "数量指标", "名".repeat(201), "≥1个"))
                .post("/api/indicators")
                .then()
                .statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.contains("name"))
                .body("violations[0].message", equalTo("has 201 characters; at most 200"));
        given().contentType(ContentType.JSON)
                .body("{\"projectId\":" + projectId + ",\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"n\","
                        + "\"description\":\"" + "d".repeat(2_001) + "\",\"target\":\"" + "1".repeat(101) + "\"}")
                .post("/api/indicators")
                .then()
                .statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("description", "target"))
                .body("detail", org.hamcrest.Matchers.not(containsString("ddd")));
        given().get("/api/indicators/987654321").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/projects/987654321/indicators").then().statusCode(404);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void deadLettersPoisonRecordsAndKeepsConsuming() {
        String poisonKey = "poison-" + UUID.randomUUID();
        send(poisonKey, "this is not an event");
        long projectId = knownProject();
        assertThat(projectId).isPositive();
        try (TopicReader dlq =
                new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.deadLetter(Topics.PROJECT_EVENTS))) {
            ConsumerRecord<String, String> dead = dlq.await(r -> poisonKey.equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(dead, EventHeaders.DEAD_LETTER_REASON))
                    .contains("not JSON");
        }
    }

    /** A forged or garbled ProjectUpdated cannot move a known project to another unit: it is dead-lettered. */
    @Test
    void anEventMovingAKnownProjectToAnotherUnitIsDeadLettered() {
        long projectId = knownProject();
        String moved = """
                {"projectId":%d,"unitCode":"999999","fiscalYear":2025,"name":"项目%d",
                 "budget":{"total":11.00,"fiscal":11.00,"other":0},"purpose":"p","goals":[],
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","version":2}
                """.formatted(projectId, projectId);
        String key = "moved-" + projectId;
        send(key, TopicWriter.envelope("ProjectUpdated", moved));
        try (TopicReader dlq =
                new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.deadLetter(Topics.PROJECT_EVENTS))) {
            ConsumerRecord<String, String> dead = dlq.await(r -> key.equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(dead, EventHeaders.DEAD_LETTER_REASON))
                    .contains("belongs to unit 573301")
                    .contains("999999");
        }
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> KnownProject.<KnownProject>findById(projectId).unitCode))
                .isEqualTo("573301");
    }

    @Test
    void refusesOversizedAndUnsupportedImportsWithProblems() {
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'x');
        given().contentType("text/plain; charset=utf-8")
                .body(large)
                .post("/api/imports")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().contentType("application/pdf")
                .body(new byte[] {1, 2})
                .post("/api/imports")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType("text/plain; charset=utf-8")
                .body("no tables here")
                .post("/api/imports")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", startsWith("file"));
        given().get("/api/imports/template.xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        given().get("/api/imports/unknown").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void revisingATargetKeepsTheEarlierRevisionReadable() {
        long projectId = knownProject();
        long id = given().contentType(ContentType.JSON)
                .body(indicator(projectId, "产出指标", "数量指标", "舆情分析报告数量", "≥4份"))
                .post("/api/indicators")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/indicators/" + id).then().header("ETag", "\"1\"");
        String revision = """
                {"target":"≥6份","description":"全年舆情分析报告","weight":5,
                 "milestones":[{"asOf":"2025-06-30","planned":3},{"asOf":"2025-12-31","planned":6}]}""";
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(revision)
                .put("/api/indicators/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", equalTo(2))
                .body("target.value", equalTo(6))
                .body("weight", equalTo(5))
                .body("milestones[1].planned", equalTo(6));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(revision)
                .put("/api/indicators/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(revision)
                .put("/api/indicators/" + id)
                .then()
                .statusCode(428);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body("{\"target\":\"≥6份\",\"milestones\":[{\"asOf\":\"2025-12-31\",\"planned\":6},"
                        + "{\"asOf\":\"2025-06-30\",\"planned\":3}]}")
                .put("/api/indicators/" + id)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("milestones[1].asOf"));
        given().get("/api/indicators/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("revision", org.hamcrest.Matchers.contains(1, 2))
                .body("[0].target.raw", equalTo("≥4份"))
                .body("[1].target.raw", equalTo("≥6份"));

        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.INDICATOR_EVENTS)) {
            ConsumerRecord<String, String> revised = reader.await(
                    r -> TopicReader.json(r).at("/data/indicatorId").asLong() == id
                            && TopicReader.json(r).at("/data/revision").asInt() == 2,
                    Duration.ofSeconds(20));
            assertThat(TopicReader.json(revised).at("/data/target/raw").asText())
                    .isEqualTo("≥6份");
        }
    }
}
