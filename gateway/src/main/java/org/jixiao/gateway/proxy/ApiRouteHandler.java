package org.jixiao.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.jixiao.web.Problem;

/** Hands each {@code /api/...} request to the proxy of the service that owns the path, or answers it itself. */
public class ApiRouteHandler implements Handler<RoutingContext> {

    private final UpstreamProxies proxies;

    public ApiRouteHandler(UpstreamProxies proxies) {
        this.proxies = proxies;
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
        proxies.proxyFor(upstream.get()).handle(ctx.request());
    }
}
