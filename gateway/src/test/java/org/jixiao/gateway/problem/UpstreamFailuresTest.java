package org.jixiao.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.impl.NoStackTraceTimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import org.jixiao.gateway.routing.Upstream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamFailuresTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void refusedConnectionIsServiceUnavailableNamingTheService() {
        Problem p = UpstreamFailures.toProblem(
                Upstream.PROJECT,
                new RuntimeException(new ConnectException("Connection refused")),
                TIMEOUT,
                "/api/projects",
                "rid-1");

        assertThat(p.status()).isEqualTo(503);
        assertThat(p.title()).isEqualTo("Service unavailable");
        assertThat(p.detail()).isEqualTo("project-service is not reachable");
        assertThat(p.instance()).isEqualTo("/api/projects");
        assertThat(p.type()).isEqualTo("urn:jixiao:problem:service-unavailable");
    }

    @Test
    void silenceBeyondTheRequestTimeoutIsGatewayTimeout() {
        Problem p = UpstreamFailures.toProblem(
                Upstream.MONITORING, new NoStackTraceTimeoutException("idle"), TIMEOUT, "/api/status/x", "rid");

        assertThat(p.status()).isEqualTo(504);
        assertThat(p.detail()).isEqualTo("monitoring-service did not answer within 10000 ms");
    }

    @Test
    void anyOtherFailureIsBadGateway() {
        Problem p = UpstreamFailures.toProblem(
                Upstream.INDICATOR, new IllegalStateException("Connection was closed"), TIMEOUT, "/api/x", "rid");

        assertThat(p.status()).isEqualTo(502);
        assertThat(p.detail()).contains("indicator-service");
    }

    @Test
    void problemJsonCarriesTheRfc9457MembersAndTheRequestId() {
        Problem p = Problem.of("not-found", "Not found", 404, "No API resource at /api/nope", "/api/nope", "r-1");

        assertThat(p.toJson().fieldNames())
                .containsExactly("type", "title", "status", "detail", "instance", "requestId");
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
        Problem p = UpstreamFailures.circuitOpen(Upstream.INDICATOR, 7, "/api/indicators/3", "rid");

        assertThat(p.status()).isEqualTo(503);
        assertThat(p.type()).isEqualTo("urn:jixiao:problem:service-unavailable");
        assertThat(p.detail())
                .isEqualTo("indicator-service failed repeatedly; the gateway sends it no requests for the next 7 s"
                        + " (circuit breaker open)");
    }
}
