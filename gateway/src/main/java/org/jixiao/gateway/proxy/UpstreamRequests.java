package org.jixiao.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;

/** Where a request to an upstream goes: its host, its port (the scheme's default if the URL names none) and TLS. */
public final class UpstreamRequests {
    private UpstreamRequests() {}

    /** A request to the upstream at {@code url}; method, path and timeouts are the caller's. */
    public static RequestOptions to(URI url) {
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80))
                .setSsl(ssl);
    }

    /** A GET of {@code path} on the upstream, bounded by {@code timeout} both to connect and between bytes. */
    public static RequestOptions get(URI url, String path, Duration timeout) {
        return to(url).setMethod(HttpMethod.GET)
                .setURI(path)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
    }
}
