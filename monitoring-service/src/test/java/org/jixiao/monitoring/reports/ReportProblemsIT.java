package org.jixiao.monitoring.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/** Unknown projects and units, bad parameters and unsupported formats are answered with problem+json. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ReportProblemsIT {
    static final String XLSX = ReportFormat.XLSX_MEDIA_TYPE;
    static final String UNIT = ReportScenario.UNIT;

    @Test
    void unknownSubjectsBadParametersAndUnsupportedFormatsAreProblems() {
        long[] s = ReportScenario.standard();
        String monitoring = "/api/reports/projects/" + s[0] + "/monitoring";
        given().get("/api/reports/projects/987654321/monitoring")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().accept(XLSX)
                .get("/api/reports/projects/987654321/self-evaluation")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/reports/units/NOBODY").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("asOf", "2025-02-30")
                .get(monitoring)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("asOf"));
        given().queryParam("fiscalYear", "last")
                .get("/api/reports/units/" + UNIT)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("fiscalYear"));
        given().queryParam("format", "pdf")
                .get(monitoring)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("format"));
        given().accept("text/csv").get(monitoring).then().statusCode(406).contentType("application/problem+json");
    }
}
