package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.monitoring.ProgressAndStatusIT.TODAY;
import static org.jixiao.monitoring.ProgressAndStatusIT.projectWithIndicator;
import static org.jixiao.monitoring.ProgressAndStatusIT.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.status.DateRollover;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class StatusListsAndRolloverIT {
    @Inject
    DateRollover rollover;

    static void reportAndAwait(long indicatorId, String value, String status) {
        given().contentType(ContentType.JSON)
                .body(report(indicatorId, TODAY, value))
                .post("/api/progress")
                .then()
                .statusCode(202);
        Await.until(
                () -> status.equals(
                        given().get("/api/status/indicators/" + indicatorId).path("status")),
                Duration.ofSeconds(30),
                "indicator " + indicatorId + " " + status);
    }

    @Test
    void listsTheOffTrackIndicatorsOfAUnit() {
        String unit = "L" + System.nanoTime() % 100000;
        long[] onTrack = projectWithIndicator(unit, "≥17台", "产出指标", "数量指标");
        long[] offTrack = projectWithIndicator(unit, "≥17台", "产出指标", "数量指标");
        reportAndAwait(onTrack[1], "9台", "ON_TRACK");
        reportAndAwait(offTrack[1], "3台", "OFF_TRACK"); // 3 ÷ 8.5 = 0.35

        given().queryParam("unitCode", unit)
                .queryParam("status", "OFF_TRACK")
                .get("/api/status/indicators")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.indicatorId", contains((int) offTrack[1]));
        given().queryParam("unitCode", unit)
                .queryParam("warning", "RED")
                .get("/api/status/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("unitCode", unit)
                .queryParam("status", "OFF_TRACK")
                .get("/api/status/projects")
                .then()
                .statusCode(200)
                .body("items.projectId", contains((int) offTrack[0]));
        given().queryParam("unitCode", unit)
                .queryParam("status", "LATE")
                .get("/api/status/indicators")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("status"));
        given().get("/api/status/indicators").then().statusCode(422).body("violations[0].field", equalTo("unitCode"));
        given().queryParam("unitCode", "nobody")
                .get("/api/status/projects")
                .then()
                .statusCode(404);
    }

    @Test
    void dateRolloverCatchesTargetsThatSlipByTimeAlone() {
        String unit = "R" + System.nanoTime() % 100000;
        long[] ids = projectWithIndicator(unit, "≥17台", "产出指标", "数量指标");
        reportAndAwait(ids[1], "9台", "ON_TRACK");

        LocalDate later = TODAY.plusDays(32); // the report is then older than the 31-day cadence
        assertThat(rollover.rollover(later)).isPositive();
        assertThat(rollover.rollover(later)).as("a day rolls over once").isZero();

        try (TopicReader status = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.STATUS_EVENTS)) {
            JsonNode event = TopicReader.json(status.await(
                    r -> r.key().equals("indicator:" + ids[1])
                            && "DATE_ROLLOVER"
                                    .equals(TopicReader.json(r)
                                            .at("/data/cause/type")
                                            .asText()),
                    Duration.ofSeconds(20)));
            assertThat(event.at("/data/previous/status").asText()).isEqualTo("ON_TRACK");
            assertThat(event.at("/data/current/status").asText()).isEqualTo("NOT_REPORTED");
            assertThat(event.at("/data/cause/date").asText()).isEqualTo(later.toString());
            assertThat(event.at("/data/asOf").asText()).isEqualTo(later.toString());
        }
    }
}
