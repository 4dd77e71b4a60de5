package org.jixiao.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.gateway.proxy.rules.BodyTypes;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.RawUpload;
import org.jixiao.gateway.support.StubUpstream;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Bodies no service would take are refused by the gateway itself (problem+json) and never reach the service; the
 * limit in tests is 2 MB ({@code %test.jixiao.gateway.max-body-size}).
 */
@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class RequestBodyLimitsIT {

    private static final int LIMIT = 2 * 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void aBodyDeclaredLargerThanTheLimitIs413BeforeAnyOfItIsSent() throws Exception {
        StubUpstream indicator = stubs.indicator();
        int reachedBefore = indicator.apiRequests();

        // "Expect: 100-continue": the client sends its body only if the gateway asks for it, which it must not.
        RawUpload.Answer answer = RawUpload.declared(
                port, "/api/imports", BodyTypes.XLSX, TestTokens.bearer(TestTokens.admin()), LIMIT + 1);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonObject problem = new JsonObject(answer.body());
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Payload too large");
        assertThat(problem.getInteger("status")).isEqualTo(413);
        assertThat(problem.getString("detail"))
                .isEqualTo("the body has " + (LIMIT + 1) + " bytes; at most " + LIMIT + " bytes are accepted");
        assertThat(problem.getString("instance")).isEqualTo("/api/imports");
        assertThat(indicator.apiRequests()).isEqualTo(reachedBefore);
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIs413AndTheServiceNeverGetsItWhole() throws Exception {
        StubUpstream monitoring = stubs.monitoring();
        int reachedBefore = monitoring.apiRequests();

        RawUpload.Answer answer = RawUpload.chunked(
                port, "/api/progress/batch", "text/csv", TestTokens.bearer(TestTokens.admin()), LIMIT + LIMIT / 2);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonObject problem = new JsonObject(answer.body());
        assertThat(problem.getString("title")).isEqualTo("Payload too large");
        assertThat(problem.getString("detail")).contains("at most " + LIMIT + " bytes are accepted");
        assertThat(problem.getString("instance")).isEqualTo("/api/progress/batch");
        // The service saw an upload begin and break off, never a complete request.
        given().when().get("/api/progress").then().statusCode(200);
        assertThat(monitoring.apiRequests()).isEqualTo(reachedBefore + 1);
    }

    @Test
    void aChunkedBodyWithinTheLimitStreamsThroughIntact() throws Exception {
        byte[] body = new byte[LIMIT - 1024];
        new Random(11).nextBytes(body);

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/imports"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .header("Content-Type", BodyTypes.DOCX)
                // Of unknown length, so the JDK client sends it chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getInteger("bodyLength")).isEqualTo(body.length);
        assertThat(echo.getString("bodySha256")).isEqualTo(StubUpstream.sha256(body));
    }

    @Test
    void aWriteWhoseContentTypeItsRouteDoesNotReadIs415NamingTheAcceptedTypes() {
        int projectBefore = stubs.project().apiRequests();
        int indicatorBefore = stubs.indicator().apiRequests();

        given().contentType("application/xml")
                .body("<unit code=\"573301\"/>")
                .when()
                .post("/api/units")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unsupported Media Type"))
                .body("status", equalTo(415))
                .body("instance", equalTo("/api/units"))
                .body(
                        "detail",
                        equalTo("POST /api/units got a body of type application/xml; it reads application/json"));
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/imports")
                .then()
                .statusCode(415)
                .body(
                        "detail",
                        containsString("it reads text/plain, " + BodyTypes.DOCX + ", " + BodyTypes.XLSX
                                + ", multipart/form-data"));
        given().contentType("text/plain")
                .body("{\"role\":\"reader\"}")
                .when()
                .post("/api/keys")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");

        assertThat(stubs.project().apiRequests()).isEqualTo(projectBefore);
        assertThat(stubs.indicator().apiRequests()).isEqualTo(indicatorBefore);
    }

    @Test
    void acceptedTypesAndWritesWithoutABodyPassThrough() {
        given().contentType("text/csv; charset=UTF-8")
                .body("indicatorId,asOf,value\n7,2025-06-30,12\n")
                .when()
                .post("/api/progress/batch")
                .then()
                .statusCode(200)
                .body("service", equalTo("monitoring-service"))
                .body("contentType", equalTo("text/csv; charset=UTF-8"));
        given().contentType(BodyTypes.XLSX)
                .body(new byte[LIMIT])
                .when()
                .post("/api/imports")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(LIMIT));
        given().when().delete("/api/projects/42").then().statusCode(200).body("method", equalTo("DELETE"));
    }

    @Test
    void aPostWithNeitherBodyNorContentTypeIsNotRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/projects/42/budget-execution"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getString("contentType")).isNull();
        assertThat(echo.getInteger("bodyLength")).isZero();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        // The JDK client ignores its own timeout while waiting for "100 Continue": bound the wait here.
        return HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .get(20, TimeUnit.SECONDS);
    }
}
