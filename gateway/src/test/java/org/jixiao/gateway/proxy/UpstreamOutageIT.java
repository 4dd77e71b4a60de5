package org.jixiao.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.jixiao.gateway.support.BreakerStubUpstreamsResource;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstream;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.testinfra.Await;
import org.junit.jupiter.api.Test;

/**
 * One service down while the others keep working, and the circuit breaker in front of it: it opens after repeated
 * failures, answers for the service without contacting it, and closes once the service answers again. Each test
 * leaves every breaker closed.
 */
@QuarkusTest
@WithTestResource(BreakerStubUpstreamsResource.class)
class UpstreamOutageIT {

    private static final String PROBLEM = "application/problem+json";

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void stoppedServiceIsAnswered503WhileTheOthersWorkThenItsBreakerOpensAndClosesAgain() {
        StubUpstream project = stubs.project();
        project.stop();
        try {
            given().when()
                    .get("/api/units")
                    .then()
                    .statusCode(503)
                    .contentType(PROBLEM)
                    .header("Retry-After", "5")
                    .body("detail", equalTo("project-service is not reachable"));
            given().when()
                    .get("/api/indicators/7")
                    .then()
                    .statusCode(200)
                    .body("service", equalTo("indicator-service"));
            given().when()
                    .get("/api/status/projects/16")
                    .then()
                    .statusCode(200)
                    .body("service", equalTo("monitoring-service"));
            given().when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'project-service' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'project-service' }.data.circuitBreaker", equalTo("CLOSED"))
                    .body("checks.find { it.name == 'indicator-service' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'monitoring-service' }.status", equalTo("UP"));

            // Two more failures make three of three: the breaker opens and answers itself from now on.
            for (int i = 1; i < BreakerStubUpstreamsResource.MINIMUM_CALLS; i++) {
                given().when()
                        .get("/api/projects/16")
                        .then()
                        .statusCode(503)
                        .body("detail", equalTo("project-service is not reachable"));
            }
            assertBreakerAnswers("/api/projects/16");
            given().when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'project-service' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'project-service' }.data.circuitBreaker", equalTo("OPEN"));
            given().when().get("/api/indicators/7").then().statusCode(200);

            // The service is back, but until the wait is over its requests are still answered by the gateway.
            project.start();
            int reachedBefore = project.apiRequests();
            assertBreakerAnswers("/api/units");
            assertThat(project.apiRequests()).isEqualTo(reachedBefore);
        } finally {
            project.start(); // no-op if it is already running again
        }

        // After the wait one probe is let through; it succeeds and the breaker closes.
        Await.until(
                () -> given().when().get("/api/units").statusCode() == 200,
                Duration.ofSeconds(BreakerStubUpstreamsResource.WAIT_IN_OPEN_SECONDS + 20),
                "project-service answered through the gateway again");
        given().when().get("/api/units").then().statusCode(200).body("service", equalTo("project-service"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'project-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'project-service' }.data.circuitBreaker", equalTo("CLOSED"));
    }

    @Test
    void serviceUnavailableAnswersAndTimeoutsOpenTheBreakerButClientErrorsNeverDo() {
        StubUpstream monitoring = stubs.monitoring();
        // Client errors are the client's fault, whatever their number.
        for (int i = 0; i < 3 * BreakerStubUpstreamsResource.MINIMUM_CALLS; i++) {
            given().when().get("/api/status/invalid").then().statusCode(422);
        }
        given().when().get("/api/status/projects/16").then().statusCode(200);

        // The service's own 503 is passed on as it is and counts as a failure, as does a timeout (504): two failures
        // among the last four calls reach the 50 % threshold.
        given().when()
                .get("/api/status/unavailable")
                .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("detail", equalTo("the database is unavailable"));
        given().when()
                .get("/api/status/slow")
                .then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("title", equalTo("Gateway Timeout"));
        int reachedBefore = monitoring.apiRequests();
        assertBreakerAnswers("/api/status/projects/16");
        assertThat(monitoring.apiRequests()).isEqualTo(reachedBefore);
        given().when().get("/api/units").then().statusCode(200);

        Await.until(
                () -> given().when().get("/api/status/projects/16").statusCode() == 200,
                Duration.ofSeconds(BreakerStubUpstreamsResource.WAIT_IN_OPEN_SECONDS + 20),
                "monitoring-service answered through the gateway again");
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'monitoring-service' }.data.circuitBreaker", equalTo("CLOSED"));
    }

    /** The open breaker's answer: 503 problem+json naming the breaker, with a Retry-After no longer than the wait. */
    private static void assertBreakerAnswers(String path) {
        Response refused = given().header("X-Request-Id", "r-open").when().get(path);
        refused.then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("X-Request-Id", "r-open")
                .body("title", equalTo("Service unavailable"))
                .body("instance", equalTo(path))
                .body("detail", containsString("circuit breaker open"));
        assertThat(Integer.parseInt(refused.header("Retry-After")))
                .isBetween(1, BreakerStubUpstreamsResource.WAIT_IN_OPEN_SECONDS);
    }
}
