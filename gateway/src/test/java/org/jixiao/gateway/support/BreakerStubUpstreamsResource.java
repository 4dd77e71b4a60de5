package org.jixiao.gateway.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The stub services behind a gateway whose circuit breakers trip quickly: 3 failures among the last 4 calls open a
 * breaker for 5 s, and one good probe closes it again.
 */
public class BreakerStubUpstreamsResource extends StubUpstreamsResource {

    public static final int MINIMUM_CALLS = 3;
    public static final int WAIT_IN_OPEN_SECONDS = 5;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("jixiao.circuit-breaker.window-size", "4");
        config.put("jixiao.circuit-breaker.minimum-calls", Integer.toString(MINIMUM_CALLS));
        config.put("jixiao.circuit-breaker.failure-rate-threshold", "50");
        config.put("jixiao.circuit-breaker.wait-in-open", WAIT_IN_OPEN_SECONDS + "s");
        config.put("jixiao.circuit-breaker.half-open-calls", "1");
        return config;
    }
}
