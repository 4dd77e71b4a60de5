package org.jixiao.gateway.stream;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.gateway.proxy.rules.UpstreamFailures;
import org.jixiao.gateway.stream.StatusEventHub.Subscription;
import org.jixiao.web.Problem;

/**
 * {@code GET /api/stream/status} ({@link RouteTable#STATUS_STREAM}): served by the gateway itself (not proxied), so the proxy's idle request timeout
 * does not apply; the heartbeat keeps the connection busy instead.
 */
public class StatusStreamHandler implements Handler<RoutingContext> {

    private final Vertx vertx;
    private final StatusEventHub hub;
    private final StatusReplay replay;
    private final StreamConfig config;

    public StatusStreamHandler(Vertx vertx, StatusEventHub hub, StatusReplay replay, StreamConfig config) {
        this.vertx = vertx;
        this.hub = hub;
        this.replay = replay;
        this.config = config;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method() != HttpMethod.GET) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET");
            ProblemWriter.end(ctx, Problem.of(405, RouteTable.STATUS_STREAM + " only answers GET"));
            return;
        }
        StreamRequest streamRequest;
        try {
            streamRequest = StreamRequest.parse(
                    request.getParam("unitCode"),
                    request.getParam("projectId"),
                    request.getParam("since"),
                    request.getHeader(StreamRequest.LAST_EVENT_ID));
        } catch (StreamRequest.Invalid invalid) {
            ProblemWriter.end(ctx, Problem.invalidRequest(invalid.violations()));
            return;
        }

        HttpServerResponse response = ctx.response();
        StatusStreamSession session = new StatusStreamSession(vertx, response, streamRequest.filter(), config);
        Optional<Subscription> subscription = hub.subscribe(session::offer);
        if (subscription.isEmpty()) {
            response.putHeader(HttpHeaders.RETRY_AFTER, UpstreamFailures.RETRY_AFTER_SECONDS);
            ProblemWriter.end(ctx, Problem.of(503, "The status stream is not connected to Kafka yet"));
            return;
        }
        response.setStatusCode(200)
                .setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, SseFrames.MEDIA_TYPE + "; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                // Tells nginx-style proxies in front of the gateway not to buffer the stream.
                .putHeader("X-Accel-Buffering", "no");
        // Sends the headers at once, so the client knows it is subscribed before the first event.
        response.write(SseFrames.retry(config.retry()));
        session.start(subscription.get(), streamRequest.resumeAfter(), replay);
    }
}
