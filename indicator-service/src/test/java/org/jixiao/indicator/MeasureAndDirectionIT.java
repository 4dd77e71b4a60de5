package org.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * An indicator may set its measure and direction where the target grammar's default misreads it (docs/rules.md,
 * "Measure and direction"); every answer says which of the two are set, and monitoring receives the target as set.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class MeasureAndDirectionIT {

    @Test
    void aSetMeasureAndDirectionOverrideTheDefaultsAndReachTheEvent() {
        long projectId = IndicatorApiIT.knownProject();
        // By default ≥17台 is a count that grows over the year, more being better; the clerk says it is a stock kept
        // at exactly that level.
        String body = """
                {"projectId":%d,"level1":"产出指标","level2":"数量指标","name":"硬件采购（维护）数量","target":"≥17台",
                 "measure":"LEVEL","direction":"EXACT"}""".formatted(projectId);
        Response defined = given().contentType(ContentType.JSON).body(body).post("/api/indicators");
        defined.then()
                .statusCode(201)
                .body("measure", equalTo("LEVEL"))
                .body("measureSet", equalTo(true))
                .body("direction", equalTo("EXACT"))
                .body("directionSet", equalTo(true))
                .body("target.accumulation", equalTo("LEVEL"))
                .body("target.direction", equalTo("EXACT"));
        long id = defined.jsonPath().getLong("id");

        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.INDICATOR_EVENTS)) {
            ConsumerRecord<String, String> record =
                    reader.await(r -> r.key().equals(Long.toString(projectId)), Duration.ofSeconds(20));
            JsonNode event = TopicReader.json(record);
            assertThat(event.at("/data/target/accumulation").asText()).isEqualTo("LEVEL");
            assertThat(event.at("/data/target/direction").asText()).isEqualTo("EXACT");
        }

        // A revision replaces what it names: without them, both defaults are back, and the answer says so.
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("{\"target\":\"≥17台\"}")
                .put("/api/indicators/" + id)
                .then()
                .statusCode(200)
                .body("measure", equalTo("CUMULATIVE"))
                .body("measureSet", equalTo(false))
                .body("direction", equalTo("HIGHER_BETTER"))
                .body("directionSet", equalTo(false));

        // The history keeps what each revision set.
        given().get("/api/indicators/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("revision", contains(1, 2))
                .body("measure", contains("LEVEL", "CUMULATIVE"))
                .body("measureSet", contains(true, false))
                .body("direction", contains("EXACT", "HIGHER_BETTER"))
                .body("directionSet", contains(true, false));
    }

    @Test
    void anUnknownMeasureOrDirectionIsA422NamingTheField() {
        long projectId = IndicatorApiIT.knownProject();
        for (String field : new String[] {"measure", "direction"}) {
            given().contentType(ContentType.JSON)
                    .body("""
                            {"projectId":%d,"level1":"产出指标","level2":"数量指标","name":"设备","target":"≥17台","%s":"STOCK"}""".formatted(projectId, field))
                    .post("/api/indicators")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field));
        }
        given().get("/api/projects/" + projectId + "/indicators")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }
}
