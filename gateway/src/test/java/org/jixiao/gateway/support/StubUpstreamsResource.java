package org.jixiao.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the three stub services on free ports before the gateway boots and points the gateway at them. The
 * request timeout is cut to 1 s so the timeout test stays quick; imports wait 6 s, longer than a slow stub's 3 s. The gateway's own database (API keys) is real.
 */
public class StubUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private StubUpstreams stubs;

    @Override
    public Map<String, String> start() {
        stubs = new StubUpstreams();
        stubs.startAll();
        Map<String, String> config = new HashMap<>(GatewayDatabase.start());
        config.putAll(Map.of(
                "jixiao.upstream.project.url",
                stubs.project().url(),
                "jixiao.upstream.indicator.url",
                stubs.indicator().url(),
                "jixiao.upstream.monitoring.url",
                stubs.monitoring().url(),
                "jixiao.upstream.request-timeout",
                "1s",
                "jixiao.upstream.import-timeout",
                "6s",
                // No Kafka behind the stubs: the status stream stays off instead of retrying to connect.
                "jixiao.stream.enabled",
                "false"));
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                stubs, new TestInjector.AnnotatedAndMatchesType(InjectStubUpstreams.class, StubUpstreams.class));
    }

    @Override
    public void stop() {
        if (stubs != null) {
            stubs.stopAll();
        }
    }
}
