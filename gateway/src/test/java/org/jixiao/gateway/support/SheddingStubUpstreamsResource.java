package org.jixiao.gateway.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The stub services behind a gateway that lets only {@link #MAX_IN_FLIGHT} requests at a time through to each, and
 * whose circuit breakers trip as quickly as {@link BreakerStubUpstreamsResource}'s, so that a shed request counted
 * as a failure would open one at once. One event loop, so the limit is not split into per-loop shares and the test
 * knows exactly how many requests are admitted. The request timeout is longer than a slow stub's 3 s, so a slow
 * request is answered 200 rather than 504.
 */
public class SheddingStubUpstreamsResource extends BreakerStubUpstreamsResource {

    public static final int MAX_IN_FLIGHT = 3;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("jixiao.upstream.max-in-flight", Integer.toString(MAX_IN_FLIGHT));
        config.put("jixiao.upstream.request-timeout", "8s");
        config.put("quarkus.vertx.event-loops-pool-size", "1");
        return config;
    }
}
