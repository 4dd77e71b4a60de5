package org.jixiao.gateway.observability;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jixiao.web.RequestIds;

/**
 * Gives every request an id before anything else runs: it is written into the incoming headers (so the reverse
 * proxy forwards it upstream unchanged), kept on the routing context for the gateway's own answers, and set on the
 * response just before its headers go out (so it replaces, not duplicates, an id echoed by the upstream).
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    private static final String CONTEXT_KEY = "jixiao.requestId";

    @Override
    public void handle(RoutingContext ctx) {
        String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, id);
        ctx.put(CONTEXT_KEY, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.next();
    }

    public static String requestId(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        return id != null ? id : requestId(ctx.request());
    }

    /** For code that only sees the raw request (the proxy's interceptors); valid after this handler ran. */
    public static String requestId(HttpServerRequest request) {
        return request.getHeader(RequestIds.HEADER);
    }
}
