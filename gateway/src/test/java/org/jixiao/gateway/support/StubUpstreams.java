package org.jixiao.gateway.support;

/** The three stand-in services the gateway under test talks to. */
public final class StubUpstreams {

    private final StubUpstream project = new StubUpstream("project-service");
    private final StubUpstream indicator = new StubUpstream("indicator-service");
    private final StubUpstream monitoring = new StubUpstream("monitoring-service");

    public StubUpstream project() {
        return project;
    }

    public StubUpstream indicator() {
        return indicator;
    }

    public StubUpstream monitoring() {
        return monitoring;
    }

    void startAll() {
        project.start();
        indicator.start();
        monitoring.start();
    }

    void stopAll() {
        project.shutdown();
        indicator.shutdown();
        monitoring.shutdown();
    }
}
