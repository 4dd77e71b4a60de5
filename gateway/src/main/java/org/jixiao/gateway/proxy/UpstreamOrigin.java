package org.jixiao.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyRequest;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

/**
 * Opens the request to one upstream with the gateway's timeouts. The timeouts live on each request rather than on
 * the shared client so a slow upstream fails its own requests with a timeout, not everybody's connections.
 */
class UpstreamOrigin implements OriginRequestProvider {

    private final URI url;
    private final long connectTimeoutMillis;
    private final Function<String, Duration> requestTimeout;

    UpstreamOrigin(URI url, Duration connectTimeout, Function<String, Duration> requestTimeout) {
        this.url = url;
        this.connectTimeoutMillis = connectTimeout.toMillis();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        ProxyRequest request = context.request();
        RequestOptions options = UpstreamRequests.to(url)
                .setConnectTimeout(connectTimeoutMillis)
                // Idle, not total: a long streamed answer (an XLSX report, later SSE) keeps going while bytes flow,
                // but an upstream that says nothing for this long is given up on.
                .setIdleTimeout(
                        requestTimeout.apply(request.proxiedRequest().path()).toMillis());
        boolean clientExpectsContinue = request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true);
        // The gateway's client streams the body without waiting for an interim answer, so "Expect" is not passed on
        // (the upstream's "100 Continue" would only be noise).
        request.headers().remove(HttpHeaders.EXPECT);
        return context.client().request(options).onSuccess(connected -> {
            if (clientExpectsContinue) {
                // Tell the client to send its body only now that the upstream is reachable: an upload to a service
                // that is down is refused (503) before any of it crosses the network.
                request.proxiedRequest().response().writeContinue();
            }
        });
    }
}
