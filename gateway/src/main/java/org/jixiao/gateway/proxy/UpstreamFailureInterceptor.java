package org.jixiao.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.jixiao.gateway.proxy.rules.UpstreamFailures;
import org.jixiao.web.Problem;
import org.jixiao.web.RequestIds;

/**
 * Replaces the proxy's bare, empty 502 with a problem+json answer that says which service failed and how
 * (503 + Retry-After / 504 / 502). Works by recovering the failed exchange into a response of our own, which the
 * proxy then sends like any upstream response.
 */
class UpstreamFailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class);

    private final Upstream upstream;
    private final Function<String, Duration> requestTimeout;

    UpstreamFailureInterceptor(Upstream upstream, Function<String, Duration> requestTimeout) {
        this.upstream = upstream;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        Problem problem = UpstreamFailures.toProblem(upstream, failure, requestTimeout.apply(incoming.path()));
        LOG.warnf(
                "%s %s -> %s failed (%s): %s requestId=%s",
                incoming.method(),
                incoming.path(),
                upstream.serviceName(),
                problem.status(),
                failure,
                incoming.getHeader(RequestIds.HEADER));
        ProxyResponse response = ProblemWriter.response(context, problem);
        if (problem.status() == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, UpstreamFailures.RETRY_AFTER_SECONDS);
        }
        return response;
    }
}
