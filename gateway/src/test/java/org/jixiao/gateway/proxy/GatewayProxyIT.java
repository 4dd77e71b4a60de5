package org.jixiao.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.gateway.proxy.rules.BodyTypes;
import org.jixiao.gateway.support.StubUpstream;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class GatewayProxyIT {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/units/573301, project-service",
        "/api/projects, project-service",
        "/api/projects/42, project-service",
        "/api/projects/42/indicators, indicator-service",
        "/api/indicators/7, indicator-service",
        "/api/imports, indicator-service",
        "/api/progress, monitoring-service",
        "/api/status/projects/42, monitoring-service",
        "/api/reports/self-evaluation/42, monitoring-service",
    })
    void routesEachPrefixToItsService(String path, String service) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo("GET"))
                .body("uri", equalTo(path));
    }

    @Test
    void passesMethodRawQueryAndJsonBodyThroughUnchanged() {
        String json = "{\"unitCode\":\"573301\",\"name\":\"绩效监控平台\",\"budget\":{\"total\":120.50}}";
        String uri = "/api/projects?unitCode=573301&name=%E7%BB%A9%E6%95%88&fiscalYear=2025";

        given().urlEncodingEnabled(false)
                .contentType("application/json; charset=UTF-8")
                .body(json.getBytes(StandardCharsets.UTF_8))
                .when()
                .post(uri)
                .then()
                .statusCode(200)
                .body("service", equalTo("project-service"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo(uri))
                .body("contentType", equalTo("application/json; charset=UTF-8"))
                .body("body", equalTo(json));
    }

    @Test
    void streamsAOneMegabyteBodyIntact() {
        byte[] body = new byte[1024 * 1024];
        new Random(42).nextBytes(body);

        given().contentType(BodyTypes.XLSX)
                .body(body)
                .when()
                .put("/api/imports")
                .then()
                .statusCode(200)
                .body("service", equalTo("indicator-service"))
                .body("method", equalTo("PUT"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(StubUpstream.sha256(body)));
    }

    @Test
    void answersExpectContinueOnceTheUpstreamIsReachable() throws Exception {
        byte[] body = new byte[1024 * 1024];
        new Random(7).nextBytes(body);
        // Clients send "Expect: 100-continue" before large uploads; without an interim answer they stall.
        HttpResponse<String> response = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
                                // HTTP/1.1: the JDK client cannot combine "Expect" with an h2c upgrade.
                                .version(HttpClient.Version.HTTP_1_1)
                                .expectContinue(true)
                                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                                .header("Content-Type", BodyTypes.DOCX)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                // The JDK client ignores its own timeout while waiting for "100 Continue": bound the wait here.
                .get(10, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(StubUpstream.sha256(body));
    }

    @Test
    void passesMultipartUploadsThrough() {
        given().multiPart("file", "targets.csv", "一级指标,二级指标\n产出指标,数量指标\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/imports")
                .then()
                .statusCode(200)
                .body("service", equalTo("indicator-service"))
                .body("contentType", startsWith("multipart/form-data; boundary="))
                .body("body", org.hamcrest.Matchers.containsString("产出指标,数量指标"));
    }

    @Test
    void passesUpstreamErrorStatusHeadersAndBodyThroughUnchanged() {
        Response response = given().when().get("/api/indicators/invalid");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header(StubUpstream.UPSTREAM_HEADER)).isEqualTo("kept");
        assertThat(response.asString()).isEqualTo(StubUpstream.INVALID_BODY);
    }

    @Test
    void generatesARequestIdWhenTheClientSentNone() {
        Response response = given().when().get("/api/units");

        String id = response.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
        assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
    }

    @Test
    void keepsTheClientsRequestIdUpstreamAndInTheResponse() {
        given().header("X-Request-Id", "clerk-7f3a")
                .when()
                .get("/api/progress")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "clerk-7f3a")
                .body("requestId", equalTo("clerk-7f3a"));
    }

    @Test
    void answersUnknownApiPathsWithProblem404() {
        given().header("X-Request-Id", "r-404")
                .when()
                .get("/api/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "r-404")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/nope"))
                .body("requestId", equalTo("r-404"));
    }

    @Test
    void refusesDotSegmentsThatCouldEscapeTheRoutingDecision() throws Exception {
        // java.net.http sends the path as written; REST Assured would normalise it first.
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/units/../keys"))
                                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }
}
