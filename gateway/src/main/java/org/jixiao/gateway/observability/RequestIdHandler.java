package org.jixiao.gateway.observability;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jixiao.web.RequestIds;

/**
 * Gives every request an id before anything else runs: it is written into the incoming headers (so the reverse
 * proxy forwards it upstream unchanged, and the gateway's own answers read it from there), and set on the response
 * just before its headers go out (so it replaces, not duplicates, an id echoed by the upstream).
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.next();
    }

    /** The id of a request this handler has seen. */
    static String requestId(RoutingContext ctx) {
        return ctx.request().getHeader(RequestIds.HEADER);
    }
}
