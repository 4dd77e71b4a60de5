package org.jixiao.gateway.routing;

import java.util.List;
import java.util.Optional;

/**
 * Which upstream owns an {@code /api/...} path. Kept as data (pattern to upstream, first match wins) so the whole
 * routing decision is readable in one place and testable without a server.
 *
 * <p>Pattern syntax: segments separated by {@code /}; {@code *} matches exactly one non-empty segment; a trailing
 * {@code **} matches zero or more segments (so {@code /api/units/**} covers {@code /api/units} itself).
 *
 * <p>The gateway's own resources ({@code /api/stream/status}) are not here: they get routes of their own ahead of the
 * proxy (see {@code GatewayRoutes}), so a path this table leaves unrouted is one nobody serves.
 */
public final class RouteTable {

    private record Rule(String pattern, String[] segments, Upstream upstream) {}

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

    // Served by the gateway itself (JAX-RS resources): API keys and the token exchange.
    private static final List<String[]> GATEWAY_OWN = List.of(pattern("/api/keys/**"), pattern("/api/auth/**"));

    private RouteTable() {}

    /** Whether the gateway answers this path itself instead of proxying it. */
    public static boolean servedByGateway(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        String[] segments = path.substring(1).split("/", -1);
        return GATEWAY_OWN.stream().anyMatch(p -> matches(p, segments));
    }

    /** The upstream for a request path (without query string), or empty when no service owns it. */
    public static Optional<Upstream> route(String path) {
        return match(path).map(Match::upstream);
    }

    /** The first rule matching a request path (without query string), or empty when no service owns it. */
    public static Optional<Match> match(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", -1);
        for (Rule rule : RULES) {
            if (matches(rule.segments(), segments)) {
                return Optional.of(new Match(rule.pattern(), rule.upstream()));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] pattern, String[] path) {
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.equals("**")) {
                return true;
            }
            if (i >= path.length) {
                return false;
            }
            boolean segmentMatches = p.equals("*") ? !path[i].isEmpty() : p.equals(path[i]);
            if (!segmentMatches) {
                return false;
            }
        }
        return pattern.length == path.length;
    }

    private static Rule rule(String pattern, Upstream upstream) {
        return new Rule(pattern, pattern(pattern), upstream);
    }

    private static String[] pattern(String pattern) {
        return pattern.substring(1).split("/");
    }
}
