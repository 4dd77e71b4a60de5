package org.jixiao.monitoring.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.monitoring.intake.IntakeFixtures.TODAY;
import static org.jixiao.monitoring.intake.IntakeFixtures.indicator;
import static org.jixiao.monitoring.intake.IntakeFixtures.project;
import static org.jixiao.monitoring.intake.IntakeFixtures.recordsBeforeMarker;
import static org.jixiao.monitoring.intake.IntakeFixtures.report;
import static org.jixiao.monitoring.intake.IntakeFixtures.reportsOf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jixiao.testinfra.Fastest;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * Hostile reports (docs/security.md, "Hostile input"): refused with a small 422 naming the field, as quickly as an
 * ordinary refusal, and nothing is published or stored.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class HostileReportsIT {
    private static final int SMALL_BODY = 2_000;

    @Test
    void aLongDigitRunBeforeALineSeparatorIsRefusedQuicklyAndSmall() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String hostile = report(devices, TODAY, "1".repeat(32_000) + "\u2028x");
        String ordinary = report(devices, TODAY, "九台");

        Response answer = post(hostile);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.jsonPath().getString("violations[0].field")).isEqualTo("value");
        assertThat(answer.jsonPath().getString("violations[0].message")).isEqualTo("must be at most 100 characters");
        assertThat(answer.asByteArray().length).isLessThan(SMALL_BODY);
        long baseline = Fastest.millisOf(5, () -> post(ordinary));
        assertThat(Fastest.millisOf(5, () -> post(hostile)))
                .as("milliseconds; an ordinary refusal took " + baseline)
                .isLessThan(baseline + Fastest.MARGIN_MILLIS);

        // Within the length limit the same shape is read in one pass, and the answer quotes only the start of it.
        Response within = post(report(devices, TODAY, "1".repeat(98) + "\u2028x"));
        assertThat(within.statusCode()).isEqualTo(422);
        assertThat(within.jsonPath().getString("violations[0].message"))
                .startsWith("'1111")
                .contains("…'");
        assertThat(within.jsonPath().getString("violations[0].message").length())
                .isLessThan(150);

        assertThat(reportsOf(devices)).isZero();
        assertThat(recordsBeforeMarker(projectId, devices)).isEmpty();
    }

    @Test
    void overLongTextIsNamedFieldByField() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String body = """
                {"indicatorId":%d,"asOf":"%s","value":"9台","reporter":"%s","correctiveAction":"%s",
                 "deviation":{"category":"OTHER","reason":"%s"}}""".formatted(devices, TODAY, "人".repeat(101), "措".repeat(2_001), "因".repeat(2_001));

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/progress")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("reporter", "correctiveAction", "deviation.reason")));
        assertThat(reportsOf(devices)).isZero();
    }

    @Test
    void pagesThatWouldOverflowTheOffsetAreA422() {
        for (String list : List.of("/api/status/projects", "/api/status/indicators")) {
            given().queryParams(Map.of("unitCode", "573301", "page", "10737419", "size", "200"))
                    .get(list)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("page"));
        }
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/progress");
    }
}
