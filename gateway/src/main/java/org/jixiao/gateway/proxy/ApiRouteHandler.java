package org.jixiao.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.jixiao.gateway.proxy.rules.UpstreamFailures;
import org.jixiao.web.Problem;

/**
 * Hands each {@code /api/...} request to the proxy of the service that owns the path, or answers it itself: with a
 * 404 for a path no service owns, and with a 503 when that service already has as many requests in flight as the
 * gateway allows ({@link InFlightLimits}).
 */
public class ApiRouteHandler implements Handler<RoutingContext> {

    private final UpstreamProxies proxies;
    private final InFlightLimits limits;

    public ApiRouteHandler(UpstreamProxies proxies, InFlightLimits limits) {
        this.proxies = proxies;
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        // The upstream receives the raw URI. If it contained dot segments, the gateway's routing decision and the
        // upstream's own normalisation could disagree (/api/units/../keys), so such paths are refused outright.
        if (!path.equals(ctx.normalizedPath())) {
            ProblemWriter.end(
                    ctx,
                    Problem.of(
                            400,
                            "The path must be in normal form (no '.' or '..' segments, no encoded plain characters)"));
            return;
        }
        if (RouteTable.servedByGateway(path)) {
            ctx.next();
            return;
        }
        Optional<Upstream> upstream = RouteTable.route(path);
        if (upstream.isEmpty()) {
            ProblemWriter.end(ctx, Problem.of(404, "No API resource at " + path));
            return;
        }
        // Ahead of the proxy and so of its circuit breaker, which must not count a busy service as a failing one;
        // the gateway's own routes (the status stream) never get here, so no limit applies to them.
        if (!limits.tryAdmit(upstream.get(), ctx)) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, UpstreamFailures.BUSY_RETRY_AFTER_SECONDS);
            ProblemWriter.end(ctx, UpstreamFailures.busy(upstream.get(), limits.limit()));
            return;
        }
        proxies.proxyFor(upstream.get()).handle(ctx.request());
    }
}
