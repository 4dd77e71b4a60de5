package org.jixiao.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jixiao.gateway.auth.AdminTokens;
import org.jixiao.gateway.auth.CallerAuthentication;
import org.jixiao.gateway.auth.RateLimits;
import org.jixiao.gateway.auth.RevokedKeys;
import org.jixiao.gateway.auth.TokenExchangeLimits;
import org.jixiao.gateway.docs.MergedOpenApiHandler;
import org.jixiao.gateway.docs.OpenApiMergeConfig;
import org.jixiao.gateway.docs.UpstreamOpenApiClient;
import org.jixiao.gateway.health.ReadinessForCallers;
import org.jixiao.gateway.observability.AccessLogHandler;
import org.jixiao.gateway.observability.RequestIdHandler;
import org.jixiao.gateway.observability.RequestTimerHandler;
import org.jixiao.gateway.proxy.ApiRouteHandler;
import org.jixiao.gateway.proxy.BodyLimitConfig;
import org.jixiao.gateway.proxy.InFlightLimits;
import org.jixiao.gateway.proxy.RequestBodyGuard;
import org.jixiao.gateway.proxy.UpstreamProxies;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.gateway.stream.StatusEventHub;
import org.jixiao.gateway.stream.StatusReplay;
import org.jixiao.gateway.stream.StatusStreamHandler;
import org.jixiao.gateway.stream.StreamConfig;

/**
 * The gateway's request pipeline in one place, installed on Quarkus's own Vert.x router so it shares its port with
 * /q/* and the page. Every feature package provides its handlers; only this class knows their order.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    // /api itself and everything under it. A prefix route, not the regex "/api(/.*)?" it was: Vert.x matched that
    // regex on every request for each of the four /api routes and stored its group as a path parameter each time
    // (docs/benchmarks.md, "Reads").
    private static final String API_PATHS = "/api/*";

    // Request id and access log run for every request (including /q/health and static files) and before Quarkus's
    // body-size limit, so even a rejected upload is logged with its id. The request timer comes first of all, so
    // requests a later handler refuses on its own (authentication, rate limits, body size) are timed too.
    private static final int ORDER_REQUEST_TIMER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3;
    private static final int ORDER_REQUEST_ID = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;
    private static final int ORDER_ACCESS_LOG = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    // Ahead of the REST layer's default order so /api/* is always proxied, even if a gateway resource appears later.
    private static final int ORDER_API = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    // The /api resources the gateway serves itself come just before the proxy, which would answer them 404.
    private static final int ORDER_OWN_API = ORDER_API - 1;
    // Bodies no service would take (too large, wrong type) are refused before anything serves the request.
    private static final int ORDER_BODY_GUARD = ORDER_OWN_API - 1;
    // Every /api request is authenticated and rate-limited before anything else looks at it.
    private static final int ORDER_AUTHENTICATION = ORDER_BODY_GUARD - 1;
    // Quarkus routes its own /q/openapi early; the merged document must be found first (but after request ids).
    private static final int ORDER_MERGED_OPENAPI = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;
    // Likewise for /q/health, which only admins see in full.
    private static final int ORDER_HEALTH_DETAILS = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    void install(
            @Observes Router router,
            UpstreamProxies proxies,
            InFlightLimits inFlightLimits,
            Vertx vertx,
            StatusEventHub hub,
            StatusReplay replay,
            StreamConfig streamConfig,
            OpenApiDocumentService ownOpenApi,
            UpstreamOpenApiClient upstreamOpenApi,
            OpenApiMergeConfig openApiConfig,
            JWTParser tokens,
            RevokedKeys revokedKeys,
            RateLimits rateLimits,
            TokenExchangeLimits exchangeLimits,
            AdminTokens adminTokens,
            SmallRyeHealthReporter health,
            BodyLimitConfig bodyLimit,
            MeterRegistry registry) {
        // Proxied requests all pass one Vert.x route, so Quarkus's HTTP metrics cannot tell them apart (they are
        // switched off for /api in application.properties); this timer labels them by route-table pattern instead.
        router.route(API_PATHS).order(ORDER_REQUEST_TIMER).handler(new RequestTimerHandler(registry));
        router.route().order(ORDER_REQUEST_ID).handler(new RequestIdHandler());
        router.route().order(ORDER_ACCESS_LOG).handler(new AccessLogHandler());
        router.route(API_PATHS)
                .order(ORDER_AUTHENTICATION)
                .handler(new CallerAuthentication(tokens, revokedKeys, rateLimits, exchangeLimits));
        long maxBody = bodyLimit.maxBodySize().asLongValue();
        warnIfQuarkusLimitIsLower(maxBody);
        router.route(API_PATHS).order(ORDER_BODY_GUARD).handler(new RequestBodyGuard(maxBody));
        router.route(RouteTable.STATUS_STREAM)
                .order(ORDER_OWN_API)
                .handler(new StatusStreamHandler(vertx, hub, replay, streamConfig));
        // Health details (upstream URLs, failure reasons) only for admin tokens; everyone else gets UP/DOWN.
        router.routeWithRegex(ReadinessForCallers.PATHS)
                .order(ORDER_HEALTH_DETAILS)
                .handler(new ReadinessForCallers(health, adminTokens));
        // Replaces Quarkus's own /q/openapi (and so what Swagger UI shows) with the merged document.
        router.route(MergedOpenApiHandler.PATH)
                .order(ORDER_MERGED_OPENAPI)
                .handler(new MergedOpenApiHandler(ownOpenApi, upstreamOpenApi, openApiConfig));
        router.route(API_PATHS).order(ORDER_API).handler(new ApiRouteHandler(proxies, inFlightLimits));
    }

    /**
     * Quarkus refuses a declared body over its own limit before any route runs, with a bare 413: that limit must
     * stay above the gateway's, or clients get that instead of the problem answer.
     */
    private static void warnIfQuarkusLimitIsLower(long maxBody) {
        ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .filter(quarkusLimit -> quarkusLimit.asLongValue() <= maxBody)
                .ifPresent(quarkusLimit -> LOG.warnf(
                        "quarkus.http.limits.max-body-size (%d bytes) is not above jixiao.gateway.max-body-size (%d"
                                + " bytes): bodies between them get Quarkus's bare 413; raise it",
                        quarkusLimit.asLongValue(), maxBody));
    }
}
