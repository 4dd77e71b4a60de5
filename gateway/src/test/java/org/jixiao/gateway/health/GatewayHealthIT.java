package org.jixiao.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/** Readiness names every upstream; its details (URLs, failure reasons) are for admin tokens only. */
@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class GatewayHealthIT {

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void readyWhenAllUpstreamsAreReady() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        containsInAnyOrder(
                                "project-service",
                                "indicator-service",
                                "monitoring-service",
                                "status-stream",
                                "Database connections health check"));
    }

    @Test
    void notReadyNamingTheStoppedUpstreamWhileStayingLive() {
        stubs.indicator().stop();
        try {
            given().when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'indicator-service' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'indicator-service' }.data.reason", not(equalTo(null)))
                    .body("checks.find { it.name == 'project-service' }.status", equalTo("UP"));

            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            stubs.indicator().start();
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anonymousCallersSeeEachChecksNameAndStatusButNoUpstreamDetails() {
        stubs.indicator().stop();
        try {
            given().header("Authorization", TestTokens.NO_TOKEN)
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'indicator-service' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'project-service' }.status", equalTo("UP"))
                    .body("checks.findAll { it.data != null }", empty())
                    .body(not(containsString("http")));
            given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                    .when()
                    .get("/q/health")
                    .then()
                    .statusCode(503)
                    .body("checks.findAll { it.data != null }", empty());
        } finally {
            stubs.indicator().start();
        }
    }

    @Test
    void servesTheLandingPageAndItsOwnOpenApi() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("绩效"))
                .body(containsString("/q/swagger-ui"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("jixiao gateway"));
    }
}
