package org.jixiao.gateway.health;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jixiao.gateway.proxy.UpstreamBreakers;
import org.jixiao.gateway.proxy.UpstreamConfig;
import org.jixiao.gateway.proxy.UpstreamRequests;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * Asks an upstream's own readiness endpoint, without blocking a thread. Its own small client, so probes never wait
 * behind proxied traffic in the proxy's connection pool, and never pass through (or count in) the circuit breaker.
 */
@ApplicationScoped
public class UpstreamProbe {

    static final String READY_PATH = "/q/health/ready";

    private final HttpClient client;
    private final UpstreamConfig config;
    private final UpstreamBreakers breakers;

    UpstreamProbe(Vertx vertx, UpstreamConfig config, UpstreamBreakers breakers) {
        this.config = config;
        this.breakers = breakers;
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setName("jixiao-gateway-health").setMaxPoolSize(2));
    }

    public Uni<HealthCheckResponse> probe(Upstream upstream) {
        URI url = config.url(upstream);
        Duration timeout = config.healthTimeout();
        RequestOptions options = UpstreamRequests.get(url, READY_PATH, timeout);
        // The breaker's state is shown beside the probe's verdict: an open breaker with a ready service means the
        // service is back and its requests resume after the wait.
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(upstream.serviceName())
                .withData("url", url.toString())
                .withData("circuitBreaker", breakers.state(upstream).name());
        var answer = client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response));
        return Uni.createFrom()
                .completionStage(answer.toCompletionStage())
                .map(response -> toHealth(builder, response))
                // The per-request timeouts cover connect and silence; this also bounds a slowly trickling answer.
                .ifNoItem()
                .after(timeout)
                .failWith(() -> new IllegalStateException("no answer within " + timeout.toMillis() + " ms"))
                .onFailure()
                .recoverWithItem(failure ->
                        builder.down().withData("reason", reason(failure)).build());
    }

    private static HealthCheckResponse toHealth(HealthCheckResponseBuilder builder, HttpClientResponse response) {
        if (response.statusCode() / 100 == 2) {
            return builder.up().build();
        }
        return builder.down()
                .withData("reason", "readiness answered HTTP " + response.statusCode())
                .build();
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
