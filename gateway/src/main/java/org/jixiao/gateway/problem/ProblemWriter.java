package org.jixiao.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemJson;
import org.jixiao.web.RequestIds;

/**
 * Sends the answers the gateway gives itself: on a routed request (unknown path, no token, bad body), or in place of
 * an upstream's answer inside the proxy. Either way the problem gets the request's path and id (the request id
 * handler, first of every route, has put the id into the request's headers).
 */
public final class ProblemWriter {

    private ProblemWriter() {}

    public static void end(RoutingContext ctx, Problem problem) {
        Problem answer = problem.at(ctx.request().path(), ctx.request().getHeader(RequestIds.HEADER));
        // The request body is not wanted, but it must be drained (discarded) or a keep-alive connection stalls.
        ctx.request().resume();
        ctx.response()
                .setStatusCode(answer.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(ProblemJson.bytes(answer)));
    }

    /** A problem answer the proxy then sends like any upstream response. */
    public static ProxyResponse response(ProxyContext context, Problem problem) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        Problem answer = problem.at(incoming.path(), incoming.getHeader(RequestIds.HEADER));
        // release() discards whatever of the client's body was not sent yet, so the connection stays usable.
        context.request().release();
        return context.request()
                .response()
                .setStatusCode(answer.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(ProblemJson.bytes(answer))));
    }
}
