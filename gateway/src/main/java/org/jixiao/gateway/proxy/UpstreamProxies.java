package org.jixiao.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.gateway.proxy.rules.LoopShares;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * One reverse proxy per upstream, each behind its circuit breaker, with pooled keep-alive connections on Quarkus's
 * managed Vert.x.
 *
 * <p>Each event loop has a client and proxies of its own, so that a request is sent upstream on a connection of the
 * event loop that received it. With one client shared by all event loops, its pool handed a request whichever
 * connection answered last, often one of another event loop: every request and every answer then crossed between
 * two threads, each crossing a wake-up of the other loop (docs/benchmarks.md, "Reads").
 */
@ApplicationScoped
public class UpstreamProxies {

    private final EventLoops loops;
    private final List<Map<Upstream, HttpProxy>> proxiesByLoop = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();

    UpstreamProxies(Vertx vertx, UpstreamConfig config, UpstreamBreakers breakers, BodyLimitConfig bodyLimit) {
        this.loops = new EventLoops(vertx);
        // jixiao.upstream.max-connections bounds the connections to one upstream in all: split over the event loops.
        int perLoop = LoopShares.perLoop(config.maxConnections(), loops.count());
        for (int i = 0; i < loops.count(); i++) {
            HttpClientOptions options = new HttpClientOptions()
                    .setName("jixiao-gateway-upstream")
                    .setMaxPoolSize(perLoop)
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    // Bodies pass through byte for byte: never decompress what the upstream compressed.
                    .setDecompressionSupported(false);
            // No PoolOptions event-loop size: a connection belongs to the event loop that asked for it, which is
            // always this client's, since only that loop's requests use it.
            HttpClient client = vertx.createHttpClient(options);
            clients.add(client);
            proxiesByLoop.add(proxies(client, config, breakers, bodyLimit));
        }
    }

    private static Map<Upstream, HttpProxy> proxies(
            HttpClient client, UpstreamConfig config, UpstreamBreakers breakers, BodyLimitConfig bodyLimit) {
        Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);
        for (Upstream upstream : Upstream.values()) {
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions(), client)
                    .origin(new UpstreamOrigin(config.url(upstream), config.connectTimeout(), config::requestTimeout))
                    // Breaker first: it must see the failure interceptor's 502/503/504, and skip the upstream when
                    // open. The breakers are shared by all event loops: one per upstream.
                    .addInterceptor(new CircuitBreakerInterceptor(upstream, breakers))
                    .addInterceptor(new UpstreamFailureInterceptor(upstream, config::requestTimeout))
                    // Innermost: an oversized streamed body ends in a 413 that the others take as an answer.
                    .addInterceptor(
                            new BodySizeInterceptor(bodyLimit.maxBodySize().asLongValue()));
            proxies.put(upstream, proxy);
        }
        return proxies;
    }

    /** The proxy to an upstream for a request received on the calling thread's event loop. */
    public HttpProxy proxyFor(Upstream upstream) {
        return proxiesByLoop.get(loops.current()).get(upstream);
    }

    @PreDestroy
    void close() {
        clients.forEach(HttpClient::close);
    }
}
