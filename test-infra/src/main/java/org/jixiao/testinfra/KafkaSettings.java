package org.jixiao.testinfra;

import java.util.HashMap;
import java.util.Map;

/** A test's Kafka client settings: where and how to log in, plus what this client needs of its own. */
public final class KafkaSettings {
    private KafkaSettings() {}

    public static Map<String, Object> with(Map<String, Object> client, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.putAll(own);
        return settings;
    }
}
