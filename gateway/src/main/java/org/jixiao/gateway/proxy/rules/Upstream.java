package org.jixiao.gateway.proxy.rules;

/** The services behind the gateway. The service name is what clients see in problem details and health checks. */
public enum Upstream {
    PROJECT("project-service"),
    INDICATOR("indicator-service"),
    MONITORING("monitoring-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
