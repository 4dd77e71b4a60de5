package org.jixiao.gateway.observability;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * One log line per request with method, path, status, latency, request id and the caller's key id. Own category so
 * operators can route or silence it separately; the query string is left out because it may carry names of people or units.
 */
public class AccessLogHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger("org.jixiao.gateway.access");

    // Routing-context entry with the caller's key id; whoever authenticates the request fills it in.
    private static final String KEY_ID = "jixiao.keyId";

    /** Names the caller of this request in its access line: the key id, never the key or token. */
    public static void recordCaller(RoutingContext ctx, String keyId) {
        ctx.put(KEY_ID, keyId);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        String requestId = RequestIdHandler.requestId(ctx);
        ctx.addEndHandler(done -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!LOG.isInfoEnabled()) {
                return;
            }
            // Appended rather than formatted with infof, whose java.util.Formatter parses the pattern anew for every
            // request (docs/benchmarks.md, "Reads").
            StringBuilder line = new StringBuilder(160)
                    .append(method)
                    .append(' ')
                    .append(path)
                    .append(' ')
                    .append(ctx.response().getStatusCode())
                    .append(' ')
                    .append(millis)
                    .append("ms requestId=")
                    .append(requestId)
                    .append(" key=");
            // The key id, never the key or token: enough to find who called in the key list.
            String keyId = ctx.get(KEY_ID);
            line.append(keyId == null ? "-" : keyId);
            // A failed end means the connection closed before the response was complete (client gone, upstream reset).
            if (done.failed()) {
                line.append(" aborted");
            }
            LOG.info(line.toString());
        });
        ctx.next();
    }
}
