package org.jixiao.gateway.proxy.rules;

import java.util.List;
import java.util.Optional;

/**
 * Which upstream owns an {@code /api/...} path. Kept as data (pattern to upstream, first match wins) so the whole
 * routing decision is readable in one place and testable without a server. Patterns as in {@link PathPattern}.
 *
 * <p>The status stream ({@link #STATUS_STREAM}) is not in the rules: it gets a route of its own ahead of the proxy
 * (see {@code GatewayRoutes}), so a path this table leaves unrouted is one nobody serves.
 */
public final class RouteTable {

    // The match a rule answers with is made once, with the rule: routing runs for every proxied request.
    private record Rule(PathPattern pattern, Match match) {}

    /** The rule a path matched: its pattern (a bounded label for metrics, never a raw id) and the owning upstream. */
    public record Match(String pattern, Upstream upstream) {}

    // Order matters: the indicator list of a project lives in indicator-service although the path is under
    // /api/projects, so that rule must come before the general /api/projects rule.
    private static final List<Rule> RULES = List.of(
            rule("/api/projects/*/indicators/**", Upstream.INDICATOR),
            rule("/api/units/**", Upstream.PROJECT),
            rule("/api/projects/**", Upstream.PROJECT),
            rule("/api/indicators/**", Upstream.INDICATOR),
            rule("/api/imports/**", Upstream.INDICATOR),
            rule("/api/progress/**", Upstream.MONITORING),
            rule("/api/status/**", Upstream.MONITORING),
            rule("/api/reports/**", Upstream.MONITORING));

    /** The status stream (Server-Sent Events), served by the gateway itself from Kafka: see the stream package. */
    public static final String STATUS_STREAM = "/api/stream/status";

    // Served by the gateway itself (JAX-RS resources): API keys and the token exchange.
    private static final List<PathPattern> GATEWAY_OWN =
            List.of(PathPattern.of("/api/keys/**"), PathPattern.of("/api/auth/**"));

    private RouteTable() {}

    /** Whether the gateway answers this path itself instead of proxying it. */
    public static boolean servedByGateway(String path) {
        for (PathPattern own : GATEWAY_OWN) {
            if (own.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The upstream for a request path (without query string), or empty when no service owns it. */
    public static Optional<Upstream> route(String path) {
        return match(path).map(Match::upstream);
    }

    /** The first rule matching a request path (without query string), or empty when no service owns it. */
    public static Optional<Match> match(String path) {
        for (Rule rule : RULES) {
            if (rule.pattern().matches(path)) {
                return Optional.of(rule.match());
            }
        }
        return Optional.empty();
    }

    private static Rule rule(String pattern, Upstream upstream) {
        return new Rule(PathPattern.of(pattern), new Match(pattern, upstream));
    }
}
