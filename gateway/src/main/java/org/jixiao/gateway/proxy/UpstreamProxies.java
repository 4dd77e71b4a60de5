package org.jixiao.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * One reverse proxy per upstream, each behind its circuit breaker, all sharing one pooled HTTP client on Quarkus's
 * managed Vert.x.
 */
@ApplicationScoped
public class UpstreamProxies {

    private final HttpClient client;
    private final Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);

    UpstreamProxies(Vertx vertx, UpstreamConfig config, UpstreamBreakers breakers, BodyLimitConfig bodyLimit) {
        HttpClientOptions options = new HttpClientOptions()
                .setName("jixiao-gateway-upstream")
                .setMaxPoolSize(config.maxConnections())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // Bodies pass through byte for byte: never decompress what the upstream compressed.
                .setDecompressionSupported(false);
        this.client = vertx.createHttpClient(options);
        for (Upstream upstream : Upstream.values()) {
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions(), client)
                    .origin(new UpstreamOrigin(config.url(upstream), config.connectTimeout(), config::requestTimeout))
                    // Breaker first: it must see the failure interceptor's 502/503/504, and skip the upstream when
                    // open.
                    .addInterceptor(new CircuitBreakerInterceptor(upstream, breakers))
                    .addInterceptor(new UpstreamFailureInterceptor(upstream, config::requestTimeout))
                    // Innermost: an oversized streamed body ends in a 413 that the others take as an answer.
                    .addInterceptor(
                            new BodySizeInterceptor(bodyLimit.maxBodySize().asLongValue()));
            proxies.put(upstream, proxy);
        }
    }

    public HttpProxy proxyFor(Upstream upstream) {
        return proxies.get(upstream);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
