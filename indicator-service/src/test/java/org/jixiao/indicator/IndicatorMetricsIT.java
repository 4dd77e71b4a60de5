package org.jixiao.indicator;

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
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class IndicatorMetricsIT {

    @Test
    void requestsAreTimedPerUriTemplateNotPerId() {
        given().get("/api/indicators/987654321").then().statusCode(404);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(PrometheusText.value(
                        metrics,
                        "http_server_requests_seconds_count",
                        Map.of("uri", "/api/indicators/{id}", "method", "GET", "status", "404")))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1.0));
        // In no label set; a measured value may happen to contain the same digits.
        assertThat(metrics).doesNotContainPattern("\\{[^}]*987654321");
    }
}
