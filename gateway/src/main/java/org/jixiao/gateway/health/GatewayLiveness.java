package org.jixiao.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The gateway process answers: that is all liveness means here, independent of any upstream. */
@Liveness
@ApplicationScoped
public class GatewayLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gateway");
    }
}
