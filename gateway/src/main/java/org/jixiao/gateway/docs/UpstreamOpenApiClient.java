package org.jixiao.gateway.docs;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jixiao.gateway.proxy.UpstreamConfig;
import org.jixiao.gateway.proxy.UpstreamRequests;
import org.jixiao.gateway.proxy.rules.Upstream;

/** Fetches a service's own OpenAPI document as JSON; any failure is an empty answer, never an error page. */
@ApplicationScoped
public class UpstreamOpenApiClient {

    static final String OPENAPI_PATH = "/q/openapi?format=json";

    private static final Logger LOG = Logger.getLogger(UpstreamOpenApiClient.class);

    private final HttpClient client;
    private final UpstreamConfig upstreams;
    private final Duration timeout;

    UpstreamOpenApiClient(Vertx vertx, UpstreamConfig upstreams, OpenApiMergeConfig config) {
        this.upstreams = upstreams;
        this.timeout = config.fetchTimeout();
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setName("jixiao-gateway-openapi").setMaxPoolSize(3));
    }

    public Uni<Optional<JsonObject>> fetch(Upstream upstream) {
        URI url = upstreams.url(upstream);
        RequestOptions options =
                UpstreamRequests.get(url, OPENAPI_PATH, timeout).putHeader(HttpHeaders.ACCEPT, "application/json");
        var answer = client.request(options).compose(request -> request.send()).compose(response -> {
            if (response.statusCode() != 200) {
                return io.vertx.core.Future.failedFuture("answered HTTP " + response.statusCode());
            }
            return response.body();
        });
        return Uni.createFrom()
                .completionStage(answer.toCompletionStage())
                .ifNoItem()
                .after(timeout)
                .failWith(() -> new IllegalStateException("no answer within " + timeout.toMillis() + " ms"))
                .map(body -> Optional.of(body.toJsonObject()).filter(doc -> doc.containsKey("openapi")))
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("OpenAPI of %s not merged: %s", upstream.serviceName(), failure.toString());
                    return Optional.empty();
                });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
