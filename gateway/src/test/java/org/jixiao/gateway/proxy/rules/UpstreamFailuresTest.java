package org.jixiao.gateway.proxy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.core.json.JsonObject;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamFailuresTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void refusedConnectionIsServiceUnavailableNamingTheService() {
        Problem p = UpstreamFailures.toProblem(
                Upstream.PROJECT, new RuntimeException(new ConnectException("Connection refused")), TIMEOUT);

        assertThat(p.status()).isEqualTo(503);
        assertThat(p.title()).isEqualTo("Service unavailable");
        assertThat(p.detail()).isEqualTo("project-service is not reachable");
        assertThat(p.type()).isEqualTo("about:blank");
    }

    @Test
    void silenceBeyondTheRequestTimeoutIsGatewayTimeout() {
        Problem p = UpstreamFailures.toProblem(Upstream.MONITORING, new NoStackTraceTimeoutException("idle"), TIMEOUT);

        assertThat(p.status()).isEqualTo(504);
        assertThat(p.title()).isEqualTo("Gateway Timeout");
        assertThat(p.detail()).isEqualTo("monitoring-service did not answer within 10000 ms");
    }

    @Test
    void anyOtherFailureIsBadGateway() {
        Problem p = UpstreamFailures.toProblem(
                Upstream.INDICATOR, new IllegalStateException("Connection was closed"), TIMEOUT);

        assertThat(p.status()).isEqualTo(502);
        assertThat(p.title()).isEqualTo("Bad Gateway");
        assertThat(p.detail()).contains("indicator-service");
    }

    @Test
    void problemJsonCarriesTheRfc9457MembersAndTheRequestIdAsTheServicesWriteThem() {
        JsonObject json = json(Problem.of(404, "No API resource at /api/nope").at("/api/nope", "r-1"));

        assertThat(json.fieldNames()).containsExactly("type", "title", "status", "detail", "instance", "requestId");
        assertThat(json.getString("type")).isEqualTo("about:blank");
        assertThat(json.getString("title")).isEqualTo("Not found");
        assertThat(json.getString("instance")).isEqualTo("/api/nope");
    }

    @Test
    void invalidValuesNameEachFieldLikeTheServices() {
        JsonObject json = json(Problem.invalid(List.of(new Problem.Violation("role", "is required")))
                .at("/api/keys", null));

        assertThat(json.getInteger("status")).isEqualTo(422);
        assertThat(json.getString("title")).isEqualTo("Invalid values");
        assertThat(json.getString("detail")).isEqualTo("role: is required");
        assertThat(json.getJsonArray("violations").getJsonObject(0).getMap())
                .containsEntry("field", "role")
                .containsEntry("message", "is required");
        assertThat(json.containsKey("requestId")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "502, true",
        "503, true",
        "504, true",
        "500, false",
        "404, false",
        "422, false",
        "429, false",
        "200, false"
    })
    void onlyGatewayStatusesMeanAnOutage(int status, boolean outage) {
        assertThat(UpstreamFailures.isOutage(status)).isEqualTo(outage);
    }

    @Test
    void openCircuitIsServiceUnavailableSayingForHowLong() {
        Problem p = UpstreamFailures.circuitOpen(Upstream.INDICATOR, 7);

        assertThat(p.status()).isEqualTo(503);
        assertThat(p.title()).isEqualTo("Service unavailable");
        assertThat(p.detail())
                .isEqualTo("indicator-service failed repeatedly; the gateway sends it no requests for the next 7 s"
                        + " (circuit breaker open)");
    }

    private static JsonObject json(Problem problem) {
        return new JsonObject(ProblemJson.text(problem));
    }
}
