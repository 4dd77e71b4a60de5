package org.jixiao.gateway.proxy;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jixiao.gateway.observability.AccessLogHandler;
import org.jixiao.gateway.observability.RequestIdHandler;

/** Installs the gateway's handlers on Quarkus's own Vert.x router, so they share its port with /q/* and the page. */
@ApplicationScoped
public class GatewayRoutes {

    // Request id and access log run for every request (including /q/health and static files) and before Quarkus's
    // body-size limit, so even a rejected upload is logged with its id.
    private static final int ORDER_REQUEST_ID = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;
    private static final int ORDER_ACCESS_LOG = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    // Ahead of the REST layer's default order so /api/* is always proxied, even if a gateway resource appears later.
    private static final int ORDER_API = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    void install(@Observes Router router, UpstreamProxies proxies) {
        router.route().order(ORDER_REQUEST_ID).handler(new RequestIdHandler());
        router.route().order(ORDER_ACCESS_LOG).handler(new AccessLogHandler());
        router.routeWithRegex("/api(/.*)?").order(ORDER_API).handler(new ApiRouteHandler(proxies));
    }
}
