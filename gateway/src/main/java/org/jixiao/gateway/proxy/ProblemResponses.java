package org.jixiao.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;
import org.jixiao.gateway.problem.Problem;

/** A problem answer given in place of the upstream's, which the proxy then sends like any upstream response. */
final class ProblemResponses {

    private ProblemResponses() {}

    /** @param retryAfterSeconds the Retry-After value, or null for none */
    static ProxyResponse of(ProxyContext context, Problem problem, String retryAfterSeconds) {
        // release() discards whatever of the client's body was not sent yet, so the connection stays usable.
        context.request().release();
        ProxyResponse response = context.request()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toJson().toBuffer()));
        if (retryAfterSeconds != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return response;
    }
}
