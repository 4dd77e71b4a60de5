package org.jixiao.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PrometheusText;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class GatewayMetricsIT {

    private static final String REQUESTS = "jixiao_gateway_requests_seconds_count";

    @Test
    void proxiedRequestsAreCountedPerRouteAndUpstreamWithoutRawIds() {
        Map<String, String> projectById =
                Map.of("route", "/api/projects/**", "upstream", "project-service", "method", "GET", "status", "2xx");
        Map<String, String> projectIndicators = Map.of(
                "route", "/api/projects/*/indicators/**",
                "upstream", "indicator-service",
                "method", "GET",
                "status", "2xx");
        Map<String, String> unrouted =
                Map.of("route", "unrouted", "upstream", "gateway", "method", "GET", "status", "4xx");
        Map<String, String> unprocessable = Map.of(
                "route", "/api/indicators/**", "upstream", "indicator-service", "method", "POST", "status", "4xx");
        String before = scrape();

        given().when().get("/api/projects/947231").then().statusCode(200);
        given().when().get("/api/projects/947232/indicators").then().statusCode(200);
        given().when().get("/api/nothing-here/947233").then().statusCode(404);
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/indicators/invalid")
                .then()
                .statusCode(422);

        Await.until(
                () -> {
                    String after = scrape();
                    return count(after, projectById) == count(before, projectById) + 1
                            && count(after, projectIndicators) == count(before, projectIndicators) + 1
                            && count(after, unrouted) == count(before, unrouted) + 1
                            && count(after, unprocessable) == count(before, unprocessable) + 1;
                },
                Duration.ofSeconds(10),
                "one more request in each route's series");
        String after = scrape();
        assertThat(after)
                .contains("jixiao_gateway_requests_seconds_bucket{")
                .contains("jixiao_gateway_requests_seconds_sum{")
                // Neither the gateway's timer nor Quarkus's own HTTP metrics carry the ids of the paths.
                .doesNotContainPattern("\\{[^}]*947231")
                .doesNotContainPattern("\\{[^}]*947232")
                .doesNotContainPattern("\\{[^}]*947233");
        assertThat(PrometheusText.value(
                        after,
                        "jixiao_gateway_circuit_breaker_state",
                        Map.of("upstream", "project-service", "state", "closed")))
                .contains(1.0);
        assertThat(PrometheusText.value(
                        after,
                        "jixiao_gateway_circuit_breaker_state",
                        Map.of("upstream", "project-service", "state", "open")))
                .contains(0.0);
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double count(String exposition, Map<String, String> labels) {
        return PrometheusText.value(exposition, REQUESTS, labels).orElse(0.0);
    }
}
