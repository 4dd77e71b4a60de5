package org.jixiao.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jixiao.gateway.stream.StatusEventHub;
import org.jixiao.gateway.stream.StreamConfig;

/**
 * The status stream is part of /api, so the gateway is ready only once it reads status-events: a browser's
 * EventSource gives up for good on a 503, so it should not be sent to a gateway that would answer one.
 */
@Readiness
@ApplicationScoped
public class StatusStreamReadiness implements HealthCheck {

    private final StatusEventHub hub;
    private final StreamConfig config;

    StatusStreamReadiness(StatusEventHub hub, StreamConfig config) {
        this.hub = hub;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.enabled()) {
            return HealthCheckResponse.named("status-stream")
                    .up()
                    .withData("enabled", false)
                    .build();
        }
        return HealthCheckResponse.named("status-stream")
                .status(hub.isLive())
                .withData("subscribers", hub.subscribers())
                .build();
    }
}
