package org.jixiao.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.BodyTypes;
import org.jixiao.web.Problem;

/**
 * Refuses, before any of it is read or proxied, a body no service would take: 413 when its Content-Length is over
 * the limit, 415 when a write's Content-Type is not one its route reads ({@link BodyTypes}). A streamed body of
 * unknown length is counted while it is proxied instead ({@link BodySizeInterceptor}).
 */
public class RequestBodyGuard implements Handler<RoutingContext> {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final long maxBytes;

    public RequestBodyGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        OptionalLong declared = declaredLength(request);
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            refuseTooLarge(ctx, tooLarge(declared.getAsLong() + " bytes", maxBytes));
            return;
        }
        boolean hasBody = declared.isPresent() ? declared.getAsLong() > 0 : isChunked(request);
        if (hasBody && WRITES.contains(request.method())) {
            Optional<List<String>> accepted = BodyTypes.accepted(request.path());
            String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (accepted.isPresent() && !BodyTypes.accepts(accepted.get(), contentType)) {
                ProblemWriter.end(ctx, unsupported(request, contentType, accepted.get()));
                return;
            }
        }
        ctx.next();
    }

    static Problem tooLarge(String size, long maxBytes) {
        return Problem.of(413, "the body has " + size + "; at most " + maxBytes + " bytes are accepted");
    }

    /**
     * Answers 413 and then closes the connection, as Quarkus's own limit does: the rest of an oversized body is
     * not worth receiving just to keep the connection.
     */
    static void refuseTooLarge(RoutingContext ctx, Problem problem) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.addEndHandler(v -> ctx.request().connection().close());
        ProblemWriter.end(ctx, problem);
    }

    private static Problem unsupported(HttpServerRequest request, String contentType, List<String> accepted) {
        String sent = contentType == null || BodyTypes.mediaType(contentType).isEmpty()
                ? "a body without Content-Type"
                : "a body of type " + BodyTypes.mediaType(contentType);
        return Problem.of(
                415,
                request.method() + " " + request.path() + " got " + sent + "; it reads " + String.join(", ", accepted));
    }

    private static OptionalLong declaredLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed Content-Length itself before any route runs.
            return OptionalLong.empty();
        }
    }

    static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
