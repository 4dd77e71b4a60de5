package org.jixiao.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jixiao.gateway.problem.ProblemWriter;

/**
 * Holds a streamed (chunked) body to the size limit while it is proxied; a declared Content-Length was already
 * judged by {@link RequestBodyGuard}. When the body grows past the limit the upstream request is aborted and the
 * client gets 413, then the connection is closed. Innermost of the interceptors, so the breaker and the failure
 * interceptor see a plain 413, not an upstream failure.
 */
class BodySizeInterceptor implements ProxyInterceptor {

    private static final String EXCEEDED = "jixiao.bodyTooLarge";

    private final long maxBytes;

    BodySizeInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body == null || !RequestBodyGuard.isChunked(context.request().proxiedRequest())) {
            return context.sendRequest();
        }
        SizeLimitedStream limited = new SizeLimitedStream(body.stream(), maxBytes);
        context.request().setBody(Body.body(limited, -1));
        return context.sendRequest().recover(failure -> {
            if (!limited.exceeded()) {
                return Future.failedFuture(failure);
            }
            context.set(EXCEEDED, Boolean.TRUE);
            return Future.succeededFuture(ProblemWriter.response(
                            context, RequestBodyGuard.tooLarge("more than " + maxBytes + " bytes", maxBytes))
                    .putHeader(HttpHeaders.CONNECTION, "close"));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        Future<Void> sent = context.sendResponse();
        if (context.get(EXCEEDED, Boolean.class) == null) {
            return sent;
        }
        // The client may still be sending; receiving the rest only to discard it is not worth keeping the connection.
        HttpServerRequest incoming = context.request().proxiedRequest();
        return sent.andThen(done -> incoming.connection().close());
    }
}
