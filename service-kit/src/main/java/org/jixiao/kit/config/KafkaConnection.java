package org.jixiao.kit.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.jixiao.events.KafkaLogin;

/**
 * Where and as whom the clients a service creates itself (outbox producer, batch producer, lag reader) connect: the
 * same {@code kafka.*} bootstrap servers and SASL login its messaging channels use (docs/security.md, "Kafka").
 */
@ApplicationScoped
public class KafkaConnection {
    private final Map<String, Object> settings;

    KafkaConnection(Config config) {
        this.settings = Map.copyOf(KafkaLogin.configured(name -> config.getOptionalValue(name, String.class)));
    }

    /** A fresh copy, for a client to add its own settings to. */
    public Map<String, Object> settings() {
        return new HashMap<>(settings);
    }
}
