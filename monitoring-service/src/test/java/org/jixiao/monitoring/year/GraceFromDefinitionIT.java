package org.jixiao.monitoring.year;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * The grace before an indicator's first report is due counts from the later of the period start and the day it was
 * defined (docs/rules.md, "Grace"): a target added in May is not overdue in early June, while one of the same table
 * entered after its year counts from January.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class GraceFromDefinitionIT {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Test
    void aTargetAddedInMayIsNotDueUntilACadenceLater() {
        YearProject project = YearProject.create(START, END);
        // 2025-05-09T18:30Z is 2025-05-10 02:30 in Beijing: the day counts in the service's time zone.
        long addedInMay = project.indicator("产出指标", "数量指标", null, "≥17台", Instant.parse("2025-05-09T18:30:00Z"));
        long enteredLater = project.indicator("产出指标", "数量指标", null, "≥12台", Instant.parse("2026-03-01T02:00:00Z"));
        project.awaitEvaluated(2, "OFF_TRACK");

        assertThat(definedOn(addedInMay)).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(definedOn(enteredLater)).isEqualTo(LocalDate.of(2026, 3, 1));

        JsonPath june5 = statusOn(project, LocalDate.of(2025, 6, 5));
        assertThat(june5.getString("indicators.find { it.indicatorId == " + addedInMay + " }.status"))
                .isEqualTo("NOT_DUE");
        assertThat(june5.getString("indicators.find { it.indicatorId == " + addedInMay + " }.explanation"))
                .isEqualTo("first report due by 2025-06-10");
        assertThat(june5.getString("indicators.find { it.indicatorId == " + enteredLater + " }.status"))
                .isEqualTo("NOT_REPORTED");

        JsonPath june10 = statusOn(project, LocalDate.of(2025, 6, 10));
        assertThat(june10.getString("indicators.find { it.indicatorId == " + addedInMay + " }.status"))
                .isEqualTo("NOT_REPORTED");
    }

    private static JsonPath statusOn(YearProject project, LocalDate day) {
        return given().queryParam("asOf", day.toString())
                .get("/api/status/projects/" + project.id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static LocalDate definedOn(long indicatorId) {
        return QuarkusTransaction.requiringNew().call(() -> MonIndicator.<MonIndicator>findById(indicatorId).definedOn);
    }
}
