package org.jixiao.gateway.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times each {@code /api} request from its arrival until its response ended, whoever answered it (a service, the
 * breaker, the gateway's own 400/404, the status stream).
 */
public class RequestTimerHandler implements Handler<RoutingContext> {

    static final String NAME = "jixiao.gateway.requests";

    // Fixed buckets instead of a full percentile histogram: enough for latency SLOs at a fraction of the series.
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    private final MeterRegistry registry;
    // The timer of each label set, built and registered once: the labels come from fixed sets, so this stays small,
    // and looking a timer up in the registry on every request was needless work on the event loop.
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(RequestLabels labels, String statusClass) {}

    public RequestTimerHandler(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Timer.Sample sample = Timer.start(registry);
        String path = ctx.request().path();
        RequestLabels labels = RequestLabels.of(ctx.request().method(), path, path.equals(ctx.normalizedPath()));
        ctx.addEndHandler(done -> sample.stop(timer(labels, ctx.response().getStatusCode())));
        ctx.next();
    }

    private Timer timer(RequestLabels labels, int status) {
        TimerKey key = new TimerKey(labels, RequestLabels.statusClass(status));
        return timers.computeIfAbsent(
                key,
                k -> Timer.builder(NAME)
                        .description(
                                "Requests to /api at the gateway, by route-table pattern, owning service, method and "
                                        + "status class")
                        .tags(labels.tags(status))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry));
    }
}
