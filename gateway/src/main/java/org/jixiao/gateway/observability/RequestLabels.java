package org.jixiao.gateway.observability;

import io.micrometer.core.instrument.Tags;
import io.vertx.core.http.HttpMethod;
import java.util.Set;
import org.jixiao.gateway.proxy.rules.RouteTable;

/**
 * The tags of one {@code /api} request in {@code jixiao_gateway_requests}. Every value comes from a fixed set (the
 * route table's patterns, known methods, status classes, service names), so no client can grow the number of series
 * by sending odd paths, ids or methods.
 */
record RequestLabels(String route, String upstream, String method) {

    static final String GATEWAY = "gateway";
    static final String UNROUTED = "unrouted";

    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /**
     * @param normalForm whether the path is already normalised; others are refused by the gateway itself
     */
    static RequestLabels of(HttpMethod method, String path, boolean normalForm) {
        String methodName = KNOWN_METHODS.contains(method.name()) ? method.name() : "OTHER";
        if (!normalForm) {
            return new RequestLabels(UNROUTED, GATEWAY, methodName);
        }
        if (RouteTable.STATUS_STREAM.equals(path)) {
            return new RequestLabels(RouteTable.STATUS_STREAM, GATEWAY, methodName);
        }
        return RouteTable.match(path)
                .map(match ->
                        new RequestLabels(match.pattern(), match.upstream().serviceName(), methodName))
                .orElseGet(() -> new RequestLabels(UNROUTED, GATEWAY, methodName));
    }

    /** "2xx", "4xx", ...: the class is what dashboards alert on, and it keeps the series few. */
    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "unknown";
    }

    Tags tags(int status) {
        return Tags.of("route", route, "upstream", upstream, "method", method, "status", statusClass(status));
    }
}
