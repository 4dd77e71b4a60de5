package org.jixiao.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import org.jixiao.gateway.proxy.rules.Upstream;

/**
 * One readiness check per service, so /q/health/ready names exactly which one is down. The gateway is "ready" only
 * when it can serve all of /api; liveness deliberately has no upstream checks, so an orchestrator never restarts the
 * gateway because a service behind it is down.
 */
@ApplicationScoped
public class UpstreamReadinessChecks {

    @Produces
    @Singleton
    @Readiness
    AsyncHealthCheck projectService(UpstreamProbe probe) {
        return () -> probe.probe(Upstream.PROJECT);
    }

    @Produces
    @Singleton
    @Readiness
    AsyncHealthCheck indicatorService(UpstreamProbe probe) {
        return () -> probe.probe(Upstream.INDICATOR);
    }

    @Produces
    @Singleton
    @Readiness
    AsyncHealthCheck monitoringService(UpstreamProbe probe) {
        return () -> probe.probe(Upstream.MONITORING);
    }
}
