package org.jixiao.gateway.support;

import java.util.HashMap;
import java.util.Map;
import org.jixiao.testinfra.PostgresKafkaResource;

/** Real Kafka (with status-events as the stack creates it) for the status stream, and a 1 s heartbeat. */
public class StatusStreamResource extends PostgresKafkaResource {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "gateway"));
    }

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("jixiao.stream.enabled", "true");
        config.put("jixiao.stream.heartbeat", "1s");
        return config;
    }
}
