package org.jixiao.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Ends a routed request with a problem body, for the answers the gateway gives itself (unknown path, bad path). */
public final class ProblemWriter {

    private ProblemWriter() {}

    public static void end(RoutingContext ctx, Problem problem) {
        // The request body is not wanted, but it must be drained (discarded) or a keep-alive connection stalls.
        ctx.request().resume();
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toJson().toBuffer());
    }
}
