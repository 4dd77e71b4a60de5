package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jixiao.testinfra.Await;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * One real service stopped behind the running gateway: its routes are answered 503 problem+json at once, well within
 * the gateway's request timeout, the other services' routes keep working, and health names the one that is down.
 * Ordered after every class that needs all services (only the shutdown check comes later): the stopped service is
 * not started again.
 */
@Order(100)
class ServiceOutageIT {
    private static final String UNIT = "573301";
    /** The gateway's request timeout (jixiao.upstream.request-timeout): no answer may take longer. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void aStoppedServiceIsAnswered503WhileTheOthersWorkAndHealthNamesIt() throws Exception {
        RunningSystem system = SharedSystem.get();
        String token = system.token(system.adminKey);
        long project = api(system, token)
                .queryParam("unitCode", UNIT)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        // Monitoring learns the demo projects through Kafka: when this class runs alone, it may still be doing so.
        Await.until(
                () -> api(system, token).get("/api/status/projects/" + project).statusCode() == 200,
                Duration.ofSeconds(30),
                "monitoring knows project " + project);
        long indicator = api(system, token)
                .get("/api/status/projects/" + project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("indicators[0].indicatorId");

        ProcessHandle monitoring = system.service("monitoring-service");
        monitoring.destroy(); // SIGTERM, as an operator stops it
        monitoring.onExit().get(60, TimeUnit.SECONDS);

        long started = System.nanoTime();
        Response refused = api(system, token).get("/api/status/projects/" + project);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        refused.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", equalTo("monitoring-service is not reachable"))
                .body("instance", equalTo("/api/status/projects/" + project));
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(took).isLessThan(REQUEST_TIMEOUT);

        api(system, token).get("/api/units/" + UNIT).then().statusCode(200).body("code", equalTo(UNIT));
        api(system, token).get("/api/projects/" + project).then().statusCode(200);
        api(system, token).get("/api/indicators/" + indicator).then().statusCode(200);

        given().baseUri(system.gateway())
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .contentType("application/json")
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'monitoring-service' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'project-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'indicator-service' }.status", equalTo("UP"));
    }

    private static RequestSpecification api(RunningSystem system, String token) {
        return given().baseUri(system.gateway()).header("Authorization", "Bearer " + token);
    }
}
