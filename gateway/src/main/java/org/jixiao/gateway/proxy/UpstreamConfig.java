package org.jixiao.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalInt;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * Where the services are and how long the gateway waits for them. The URLs' defaults (127.0.0.1:8081..8083) are in
 * application.properties so that the usual environment overrides apply, e.g. {@code JIXIAO_UPSTREAM_PROJECT_URL}.
 */
@ConfigMapping(prefix = "jixiao.upstream")
public interface UpstreamConfig {

    Endpoint project();

    Endpoint indicator();

    Endpoint monitoring();

    /** Bounds the TCP connect, so a host that drops packets cannot hold a request. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest silence from an upstream before the gateway answers 504 (an idle timeout: streams may run longer). */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * The longer idle timeout of {@code /api/imports}: an import waits up to {@code jixiao.import.wait} (30 s) for its
     * saga before answering, so the gateway must wait longer than that — there only.
     */
    @WithDefault("45s")
    Duration importTimeout();

    /** The idle timeout for a request to this path. */
    default Duration requestTimeout(String path) {
        return path.equals("/api/imports") || path.startsWith("/api/imports/") ? importTimeout() : requestTimeout();
    }

    /** Bound for one upstream readiness probe; readiness must answer quickly even when an upstream hangs. */
    @WithDefault("2s")
    Duration healthTimeout();

    /**
     * Connections kept per upstream, split evenly over the event loops (each has its own pool, see
     * {@link UpstreamProxies}); the Vert.x default of 5 would queue requests under modest load.
     */
    @WithDefault("64")
    int maxConnections();

    /**
     * Requests in flight to one upstream at once, split over the event loops like the connections; one more is
     * refused at once with 503 ({@link InFlightLimits}) instead of waiting for a connection. Unset, it is
     * {@link #maxConnections()}; set higher, it is cut to that, since the excess could only wait in the pool.
     */
    OptionalInt maxInFlight();

    interface Endpoint {
        /** Scheme, host and port of the service; a path, if any, is ignored. */
        URI url();
    }

    default URI url(Upstream upstream) {
        return switch (upstream) {
            case PROJECT -> project().url();
            case INDICATOR -> indicator().url();
            case MONITORING -> monitoring().url();
        };
    }
}
