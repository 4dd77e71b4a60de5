package org.jixiao.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.OptionalLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jixiao.gateway.observability.AccessLogHandler;
import org.jixiao.gateway.problem.ProblemWriter;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.web.Problem;

/**
 * Runs before every {@code /api} request is routed: it needs a valid bearer token from a key that is not revoked,
 * then charges the key's rate limit. The token is forwarded unchanged, and each service verifies it again and
 * decides what the role and units allow, so nothing here grants more than the services would.
 */
public class CallerAuthentication implements Handler<RoutingContext> {
    private static final String TOKEN_PATH = "/api/auth/token";
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final RevokedKeys revoked;
    private final RateLimits limits;
    private final TokenExchangeLimits exchangeLimits;

    public CallerAuthentication(
            JWTParser parser, RevokedKeys revoked, RateLimits limits, TokenExchangeLimits exchangeLimits) {
        this.parser = parser;
        this.revoked = revoked;
        this.limits = limits;
        this.exchangeLimits = exchangeLimits;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals(TOKEN_PATH)) {
            // Before the body is read: the exchange needs no token, so the address is all there is to limit by.
            OptionalLong retryAfter = exchangeLimits.forAddress(clientAddress(ctx));
            if (retryAfter.isPresent()) {
                tooMany(ctx, retryAfter.getAsLong(), "this address exchanges API keys too often");
                return;
            }
            ctx.next();
            return;
        }
        boolean stream = path.equals(RouteTable.STATUS_STREAM);
        String token = bearerToken(ctx, stream);
        if (token == null) {
            unauthorized(ctx, "a bearer token is required: exchange an API key at POST " + TOKEN_PATH);
            return;
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            unauthorized(ctx, "the token is invalid or expired: exchange the API key again");
            return;
        }
        String keyId = jwt.getSubject();
        if (keyId == null || revoked.isRevoked(keyId)) {
            unauthorized(ctx, "the API key of this token has been revoked");
            return;
        }
        AccessLogHandler.recordCaller(ctx, keyId);
        OptionalLong retryAfter =
                limits.retryAfterSeconds(keyId, RequestKind.of(ctx.request().method(), stream));
        if (retryAfter.isPresent()) {
            tooMany(ctx, retryAfter.getAsLong(), "this key is over its rate limit");
            return;
        }
        ctx.next();
    }

    /** The client's address as the server sees it (behind a proxy: set quarkus.http.proxy.* to see the client's). */
    private static String clientAddress(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static void tooMany(RoutingContext ctx, long retryAfterSeconds, String why) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        ProblemWriter.end(ctx, Problem.of(429, why + "; retry after " + retryAfterSeconds + " s"));
    }

    /**
     * From the Authorization header; the status stream also takes {@code ?access_token=}, because browsers'
     * EventSource cannot set headers.
     */
    private static String bearerToken(RoutingContext ctx, boolean stream) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).strip();
        }
        return stream ? ctx.request().getParam("access_token") : null;
    }

    private static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        ProblemWriter.end(ctx, Problem.of(401, detail));
    }
}
