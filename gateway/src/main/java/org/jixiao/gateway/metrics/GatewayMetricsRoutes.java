package org.jixiao.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Installs the request timer on {@code /api}. Proxied requests all pass through one Vert.x route, so Quarkus's HTTP
 * metrics cannot tell them apart (and are switched off for /api in application.properties); this timer labels them
 * by route-table pattern and service instead.
 */
@ApplicationScoped
public class GatewayMetricsRoutes {

    // Before every other gateway handler (request ids are at UPLOAD_LIMIT - 2), so requests that a later handler
    // refuses on its own (authentication, rate limits, body size) are timed too.
    private static final int ORDER_REQUEST_TIMER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3;

    void install(@Observes Router router, MeterRegistry registry) {
        router.routeWithRegex("/api(/.*)?").order(ORDER_REQUEST_TIMER).handler(new RequestTimerHandler(registry));
    }
}
