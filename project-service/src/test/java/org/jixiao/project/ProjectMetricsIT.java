package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.PrometheusText;
import org.junit.jupiter.api.Test;

/** /q/metrics as Prometheus scrapes it: requests timed per URI template, never per id. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "project"))
class ProjectMetricsIT {

    @Test
    void requestsAreTimedPerUriTemplateNotPerId() {
        double before = notFoundProjectReads(
                given().get("/q/metrics").then().statusCode(200).extract().asString());

        given().get("/api/projects/987654321").then().statusCode(404);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        // Counted once under the template: the id itself never becomes a label.
        assertThat(notFoundProjectReads(metrics)).isEqualTo(before + 1);
        // In no label set; a measured value may happen to contain the same digits.
        assertThat(metrics).doesNotContainPattern("\\{[^}]*987654321");
    }

    private static double notFoundProjectReads(String metrics) {
        return PrometheusText.value(
                        metrics,
                        "http_server_requests_seconds_count",
                        Map.of("uri", "/api/projects/{id}", "method", "GET", "status", "404"))
                .orElse(0.0);
    }
}
