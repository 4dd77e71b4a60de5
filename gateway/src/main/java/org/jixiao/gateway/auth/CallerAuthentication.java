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

    public CallerAuthentication(JWTParser parser, RevokedKeys revoked, RateLimits limits) {
        this.parser = parser;
        this.revoked = revoked;
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals(TOKEN_PATH)) {
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
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
            ProblemWriter.end(
                    ctx,
                    Problem.of(429, "this key is over its rate limit; retry after " + retryAfter.getAsLong() + " s"));
            return;
        }
        ctx.next();
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
