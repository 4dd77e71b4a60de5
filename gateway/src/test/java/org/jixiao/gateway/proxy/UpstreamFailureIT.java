package org.jixiao.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class UpstreamFailureIT {

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void stoppedUpstreamAnswers503ProblemWithRetryAfterQuickly() throws InterruptedException {
        stubs.project().stop();
        Thread.sleep(200); // let the gateway's pool notice the closed keep-alive connections
        try {
            long started = System.nanoTime();
            Response response = given().header("X-Request-Id", "r-503")
                    .contentType("application/json")
                    .body("{\"code\":\"573301\"}")
                    .when()
                    .post("/api/units");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(millis).isLessThan(2_000);
            response.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .header("X-Request-Id", "r-503")
                    .body("title", equalTo("Service unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", equalTo("project-service is not reachable"))
                    .body("instance", equalTo("/api/units"));
        } finally {
            stubs.project().start();
        }
        // And the gateway recovers as soon as the service is back.
        given().when().get("/api/units").then().statusCode(200).body("service", equalTo("project-service"));
    }

    @Test
    void upstreamSlowerThanTheRequestTimeoutAnswers504Problem() {
        long started = System.nanoTime();
        Response response = given().when().get("/api/status/slow");
        long millis = (System.nanoTime() - started) / 1_000_000;

        // It waited for the 1 s timeout, and it did not hang (the bound is loose: CI machines are shared and slow).
        assertThat(millis).isBetween(900L, 30_000L);
        response.then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("title", equalTo("Gateway Timeout"))
                .body("status", equalTo(504))
                .body("detail", equalTo("monitoring-service did not answer within 1000 ms"));
    }

    /**
     * A slow answer after an uploaded body must end in the same 504, never in a hung client; the JDK client also
     * tries the h2c upgrade, which the gateway refuses.
     */
    @Test
    void slowUpstreamAfterAnUploadedBodyAnswers504Problem() throws Exception {
        java.net.http.HttpResponse<String> response =
                upload("/api/units/slow", "application/json", "\"" + "一".repeat(60_000) + "\"");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("project-service did not answer within 1000 ms");
    }

    /** An import waits for its saga, so its route alone has the longer timeout: the 3 s answer arrives. */
    @Test
    void anImportMayTakeLongerThanOtherRequests() throws Exception {
        java.net.http.HttpResponse<String> response =
                upload("/api/imports/slow", "text/plain; charset=utf-8", "一级指标\n".repeat(20_000));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"late\":true");
    }

    private java.net.http.HttpResponse<String> upload(String path, String contentType, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .sendAsync(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                                .header("Content-Type", contentType)
                                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
    }
}
