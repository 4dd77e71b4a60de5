package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.monitoring.ProgressAndStatusIT.TODAY;
import static org.jixiao.monitoring.ProgressAndStatusIT.kafkaClient;
import static org.jixiao.monitoring.ProgressAndStatusIT.projectWithIndicator;
import static org.jixiao.monitoring.ProgressAndStatusIT.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

/** A unit's status event rolls up the stored statuses of its own projects of the fiscal year (docs/rules.md). */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class UnitRollUpIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aUnitTakesTheWorstStatusOfItsOwnProjectsOnly() {
        String unit = "96" + (System.nanoTime() % 10_000 + 10_000);
        String otherUnit = "95" + (System.nanoTime() % 10_000 + 10_000);
        String unitKey = "unit:" + unit + ":" + TODAY.getYear();
        long[] steady = projectWithIndicator(unit, "≥17台", "产出指标", "数量指标");
        long[] lagging = projectWithIndicator(unit, "≥17台", "产出指标", "数量指标");
        long[] elsewhere = projectWithIndicator(otherUnit, "≥17台", "产出指标", "数量指标");

        try (TopicReader status = new TopicReader(kafkaClient(), Topics.STATUS_EVENTS)) {
            // Day 100 of 200, expected 8.5: 9 → ON_TRACK, 6 → 0.71 AT_RISK, 3 → 0.35 OFF_TRACK.
            post(steady[1], TODAY, "9台");
            awaitUnit(status, unitKey, "ON_TRACK");
            post(lagging[1], TODAY.minusDays(1), "6台");
            awaitUnit(status, unitKey, "AT_RISK");
            // Another unit's project going off track does not colour this unit.
            post(elsewhere[1], TODAY, "3台");
            status.await(
                    r -> r.key().equals("project:" + elsewhere[0]) && current(r).equals("OFF_TRACK"), WAIT);
            post(lagging[1], TODAY, "9台");
            JsonNode recovered = TopicReader.json(awaitUnit(status, unitKey, "ON_TRACK", "AT_RISK"));
            assertThat(recovered.at("/data/fiscalYear").asInt()).isEqualTo(TODAY.getYear());
            assertThat(status.drain(Duration.ofSeconds(1)))
                    .filteredOn(r -> r.key().equals(unitKey))
                    .last()
                    .satisfies(r -> assertThat(current(r)).isEqualTo("ON_TRACK"));
        }
        given().queryParam("fiscalYear", TODAY.getYear())
                .get("/api/status/units/" + unit)
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_TRACK"));
    }

    private static void post(long indicatorId, LocalDate asOf, String value) {
        given().contentType(ContentType.JSON)
                .body(report(indicatorId, asOf, value))
                .post("/api/progress")
                .then()
                .statusCode(202);
    }

    private static void awaitUnit(TopicReader status, String unitKey, String current) {
        status.await(r -> r.key().equals(unitKey) && current(r).equals(current), WAIT);
    }

    private static ConsumerRecord<String, String> awaitUnit(
            TopicReader status, String unitKey, String current, String previous) {
        return status.await(
                r -> r.key().equals(unitKey)
                        && current(r).equals(current)
                        && TopicReader.json(r)
                                .at("/data/previous/status")
                                .asText()
                                .equals(previous),
                WAIT);
    }

    private static String current(ConsumerRecord<String, String> record) {
        return TopicReader.json(record).at("/data/current/status").asText();
    }
}
