package org.jixiao.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jixiao.gateway.support.BreakerStubUpstreamsResource;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.SheddingStubUpstreamsResource;
import org.jixiao.gateway.support.StubUpstream;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PrometheusText;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Load shedding: with as many requests in flight to a service as the gateway allows, one more is refused at once
 * with 503 problem+json and Retry-After, without reaching the service and without counting against its circuit
 * breaker, while the admitted ones are answered as usual.
 */
@QuarkusTest
@WithTestResource(SheddingStubUpstreamsResource.class)
class LoadSheddingIT {

    private static final int LIMIT = SheddingStubUpstreamsResource.MAX_IN_FLIGHT;
    // Twice the calls that open a breaker (3 failures of the last 4): were these refusals counted as failures, the
    // breaker of monitoring-service would be open at the end.
    private static final int EXCESS = 2 * BreakerStubUpstreamsResource.MINIMUM_CALLS;
    private static final String SERVICE = "monitoring-service";
    private static final String BUSY_PATH = "/api/status/projects/16";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @InjectStubUpstreams
    StubUpstreams stubs;

    @TestHTTPResource("/")
    URI gateway;

    private record Answer(int status, String contentType, String retryAfter, String body, long millis) {}

    @Test
    void requestsBeyondTheLimitAreRefusedAtOnceWhileTheAdmittedAreAnsweredAndTheBreakerStaysClosed() {
        StubUpstream monitoring = stubs.monitoring();
        double shedBefore = metric("jixiao_gateway_requests_shed_total");
        int reachedBefore = monitoring.apiRequests();

        // LIMIT requests the stub answers only after 3 s: they hold every permit for monitoring-service.
        List<CompletableFuture<Answer>> admitted =
                IntStream.range(0, LIMIT).mapToObj(i -> get("/api/status/slow")).toList();
        Await.until(
                () -> monitoring.apiRequests() == reachedBefore + LIMIT,
                Duration.ofSeconds(10),
                "the admitted requests reached monitoring-service");

        List<CompletableFuture<Answer>> excess =
                IntStream.range(0, EXCESS).mapToObj(i -> get(BUSY_PATH)).toList();
        for (CompletableFuture<Answer> pending : excess) {
            Answer refused = pending.join();
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.retryAfter()).isEqualTo("1");
            JsonObject problem = new JsonObject(refused.body());
            assertThat(problem.getString("title")).isEqualTo("Service unavailable");
            assertThat(problem.getString("instance")).isEqualTo(BUSY_PATH);
            assertThat(problem.getString("detail"))
                    .isEqualTo(SERVICE + " is busy: the gateway sends it at most " + LIMIT
                            + " requests at a time; retry after 1 s");
            // At once: well before the admitted requests' 3 s are over, with nothing waiting for a connection.
            assertThat(refused.millis()).isLessThan(2_000);
        }
        assertThat(admitted).noneMatch(CompletableFuture::isDone);
        assertThat(monitoring.apiRequests()).isEqualTo(reachedBefore + LIMIT);
        assertThat(metric("jixiao_gateway_upstream_in_flight")).isEqualTo(LIMIT);
        // A busy service holds up neither the others' routes nor readiness, which probes it on its own connections.
        given().when().get("/api/units").then().statusCode(200).body("service", equalTo("project-service"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == '" + SERVICE + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + SERVICE + "' }.data.circuitBreaker", equalTo("CLOSED"));

        for (CompletableFuture<Answer> pending : admitted) {
            Answer answered = pending.join();
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(new JsonObject(answered.body()).getBoolean("late")).isTrue();
        }
        // The permits are back, and the breaker never saw the refusals: the next request goes through.
        given().when().get(BUSY_PATH).then().statusCode(200).body("service", equalTo(SERVICE));
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.find { it.name == '" + SERVICE + "' }.data.circuitBreaker", equalTo("CLOSED"));
        assertThat(metric("jixiao_gateway_requests_shed_total") - shedBefore).isEqualTo(EXCESS);
        Await.until(
                () -> metric("jixiao_gateway_upstream_in_flight") == 0,
                Duration.ofSeconds(5),
                "no request in flight to " + SERVICE);
    }

    /** Sent on a connection of its own (the JDK client opens one per concurrent HTTP/1.1 request), timed. */
    private CompletableFuture<Answer> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        long started = System.nanoTime();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        response.headers().firstValue("Retry-After").orElse(null),
                        response.body(),
                        (System.nanoTime() - started) / 1_000_000));
    }

    private static double metric(String name) {
        String exposition = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return PrometheusText.value(exposition, name, Map.of("upstream", SERVICE))
                .orElseThrow(() -> new AssertionError(name + " is not exposed for " + SERVICE));
    }
}
