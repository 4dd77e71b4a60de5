package org.jixiao.gateway.proxy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.jixiao.gateway.proxy.rules.UpstreamFailures;

/**
 * Guards one upstream with its breaker: while it is open the request is answered 503 with Retry-After at once,
 * without a connection attempt. Placed ahead of {@link UpstreamFailureInterceptor}, so it sees every failure already
 * as the status the client gets and counts 502/503/504 as failures, anything else (4xx included) as success.
 */
class CircuitBreakerInterceptor implements ProxyInterceptor {

    private final Upstream upstream;
    private final UpstreamBreakers breakers;

    CircuitBreakerInterceptor(Upstream upstream, UpstreamBreakers breakers) {
        this.upstream = upstream;
        this.breakers = breakers;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        CircuitBreaker breaker = breakers.breaker(upstream);
        if (!breaker.tryAcquirePermission()) {
            return Future.succeededFuture(refused(context));
        }
        long started = breaker.getCurrentTimestamp();
        // Measured up to the response headers: a long download that streams steadily is not a slow call.
        return context.sendRequest().andThen(outcome -> {
            long elapsed = breaker.getCurrentTimestamp() - started;
            if (outcome.succeeded()) {
                breaker.onResult(
                        elapsed, breaker.getTimestampUnit(), outcome.result().getStatusCode());
            } else {
                breaker.onError(elapsed, breaker.getTimestampUnit(), outcome.cause());
            }
        });
    }

    private ProxyResponse refused(ProxyContext context) {
        long retryAfter = breakers.retryAfterSeconds(upstream);
        return ProblemWriter.response(context, UpstreamFailures.circuitOpen(upstream, retryAfter))
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    }
}
