package org.jixiao.gateway.proxy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;
import org.jixiao.gateway.proxy.rules.LoopShares;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * Load shedding: a bound on the requests in flight to each upstream, kept per event loop like the connection pools
 * of {@link UpstreamProxies}. A request over it is refused at once instead of waiting for a pooled connection.
 *
 * <p>Why: once a service answers more slowly than requests arrive, a queue in front of the pool only grows; its
 * requests wait past the connect timeout and fail as 504s, those open the circuit breaker, and the breaker then
 * refuses everything for its wait, so fewer requests get through than at a lower load. Refusing the excess at once
 * keeps the pool busy with requests that will be answered in time. A refusal here never reaches the breaker (it runs
 * before the proxy): the service is healthy, just busy.
 */
// At startup, so that its meters are exposed (at 0) before the first request, like the breaker gauges.
@Startup
@ApplicationScoped
public class InFlightLimits {

    static final String SHED = "jixiao.gateway.requests.shed";
    static final String IN_FLIGHT = "jixiao.gateway.upstream.in.flight";

    private static final Logger LOG = Logger.getLogger(InFlightLimits.class);

    private final EventLoops loops;
    private final int perLoop;
    // A Semaphore per event loop and upstream: tryAcquire never blocks, and the permit is given back on the same
    // loop (a connection's handlers all run on its loop), so the loops never contend for one another's counts.
    private final List<Map<Upstream, Semaphore>> permitsByLoop = new ArrayList<>();
    private final Map<Upstream, Counter> shed = new EnumMap<>(Upstream.class);
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    InFlightLimits(Vertx vertx, UpstreamConfig config, MeterRegistry registry) {
        this.registry = registry;
        this.loops = new EventLoops(vertx);
        int maxConnections = config.maxConnections();
        int wanted = config.maxInFlight().orElse(maxConnections);
        this.perLoop = LoopShares.inFlightPerLoop(wanted, maxConnections, loops.count());
        if (wanted > maxConnections) {
            LOG.warnf(
                    "jixiao.upstream.max-in-flight (%d) is above jixiao.upstream.max-connections (%d): cut to %d per"
                            + " upstream, since requests beyond the connections could only wait for one",
                    wanted, maxConnections, limit());
        }
        for (int i = 0; i < loops.count(); i++) {
            Map<Upstream, Semaphore> permits = new EnumMap<>(Upstream.class);
            for (Upstream upstream : Upstream.values()) {
                permits.put(upstream, new Semaphore(perLoop));
            }
            permitsByLoop.add(permits);
        }
        for (Upstream upstream : Upstream.values()) {
            Counter counter = Counter.builder(SHED)
                    .description("Requests refused with 503 at once because the upstream had as many in"
                            + " flight as the gateway allows")
                    .tag("upstream", upstream.serviceName())
                    .register(registry);
            shed.put(upstream, counter);
            meters.add(counter);
            meters.add(Gauge.builder(IN_FLIGHT, this, limits -> limits.inFlight(upstream))
                    .description("Requests the gateway has in flight to the upstream")
                    .tag("upstream", upstream.serviceName())
                    // Micrometer holds gauge objects weakly by default; this bean lives as long as the app.
                    .strongReference(true)
                    .register(registry));
        }
    }

    /**
     * The registry may outlive this application (Quarkus's global registry keeps its meters, and the tests start
     * several applications in one JVM): a gauge left behind would go on reading this instance, and a later one of
     * the same name would not be registered.
     */
    @PreDestroy
    void removeMeters() {
        meters.forEach(registry::remove);
    }

    /**
     * Takes a permit for one request to {@code upstream} on the calling event loop, given back once its response
     * has ended or its connection closed; false, and the request counted as shed, when none is left.
     */
    public boolean tryAdmit(Upstream upstream, RoutingContext ctx) {
        Semaphore permits = permitsByLoop.get(loops.current()).get(upstream);
        if (!permits.tryAcquire()) {
            shed.get(upstream).increment();
            return false;
        }
        // The routing context calls its end handlers once, on the response's end or on its connection's close,
        // whichever comes first, so a client that goes away cannot leak the permit.
        ctx.addEndHandler(done -> permits.release());
        return true;
    }

    /** The bound for one upstream over all event loops. */
    public int limit() {
        return perLoop * loops.count();
    }

    private int inFlight(Upstream upstream) {
        int inFlight = 0;
        for (Map<Upstream, Semaphore> permits : permitsByLoop) {
            inFlight += perLoop - permits.get(upstream).availablePermits();
        }
        return inFlight;
    }
}
