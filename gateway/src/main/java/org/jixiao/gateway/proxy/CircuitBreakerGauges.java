package org.jixiao.gateway.proxy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * {@code jixiao_gateway_circuit_breaker_state{upstream, state}}: 1 for the state each upstream's breaker is in, 0 for
 * the others, so an alert on {@code state="open"} needs no knowledge of state encodings.
 */
@Startup
@ApplicationScoped
public class CircuitBreakerGauges {

    private static final List<CircuitBreaker.State> SHOWN =
            List.of(CircuitBreaker.State.CLOSED, CircuitBreaker.State.OPEN, CircuitBreaker.State.HALF_OPEN);

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    CircuitBreakerGauges(MeterRegistry registry, UpstreamBreakers breakers) {
        this.registry = registry;
        for (Upstream upstream : Upstream.values()) {
            for (CircuitBreaker.State state : SHOWN) {
                meters.add(Gauge.builder(
                                "jixiao.gateway.circuit.breaker.state",
                                breakers,
                                b -> b.state(upstream) == state ? 1 : 0)
                        .description("1 for the current state of the upstream's circuit breaker")
                        .tags(
                                "upstream",
                                upstream.serviceName(),
                                "state",
                                state.name().toLowerCase())
                        // Micrometer holds gauge objects weakly by default; the breakers live as long as the app.
                        .strongReference(true)
                        .register(registry));
            }
        }
    }

    /** A later application in the same JVM (the tests start several) registers its own breakers' gauges. */
    @PreDestroy
    void removeMeters() {
        meters.forEach(registry::remove);
    }
}
