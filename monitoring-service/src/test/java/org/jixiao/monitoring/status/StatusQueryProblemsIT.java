package org.jixiao.monitoring.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/** A query parameter of the status endpoints that cannot be read is a 422 naming it, never a 404 that hides it. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class StatusQueryProblemsIT {

    @Test
    void unreadableQueryParametersAreNamed() {
        assertNamed("/api/status/indicators/1", Map.of("asOf", "2025-13-01"), "asOf");
        assertNamed("/api/status/projects/1", Map.of("asOf", "tomorrow"), "asOf");
        assertNamed("/api/status/units/573301", Map.of("fiscalYear", "last"), "fiscalYear");
        assertNamed("/api/status/indicators", Map.of("projectId", "abc"), "projectId");
        assertNamed("/api/status/projects", Map.of("unitCode", "573301", "page", "x"), "page");
        assertNamed("/api/status/projects", Map.of("unitCode", "573301", "asOf", "2025-02-30"), "asOf");
    }

    @Test
    void anIdInThePathThatIsNoNumberNamesNoResource() {
        given().get("/api/status/indicators/seven").then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertNamed(String path, Map<String, String> query, String field) {
        given().queryParams(query)
                .get(path)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }
}
