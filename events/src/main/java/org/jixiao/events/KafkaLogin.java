package org.jixiao.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a jixiao client logs in to Kafka: SASL/SCRAM-SHA-256 as its own principal (docs/security.md, "Kafka"). The
 * broker refuses unauthenticated clients, and its ACLs let each principal write and read only its own topics.
 */
public final class KafkaLogin {
    public static final String SECURITY_PROTOCOL = "security.protocol";
    public static final String SASL_MECHANISM = "sasl.mechanism";
    public static final String SASL_JAAS_CONFIG = "sasl.jaas.config";
    public static final String PROTOCOL = "SASL_PLAINTEXT";
    public static final String MECHANISM = "SCRAM-SHA-256";

    private static final String[] KEYS = {SECURITY_PROTOCOL, SASL_MECHANISM, SASL_JAAS_CONFIG};

    private KafkaLogin() {}

    /** The client settings that log in as {@code user}. */
    public static Map<String, Object> scram(String user, String password) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(SECURITY_PROTOCOL, PROTOCOL);
        settings.put(SASL_MECHANISM, MECHANISM);
        settings.put(SASL_JAAS_CONFIG, jaas("org.apache.kafka.common.security.scram.ScramLoginModule", user, password));
        return settings;
    }

    /** A JAAS line for one login module; the values are quoted, so they must not contain a double quote. */
    public static String jaas(String module, String user, String password) {
        if (user.contains("\"") || password.contains("\"")) {
            throw new IllegalArgumentException("a Kafka user name or password cannot contain a double quote");
        }
        return module + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /**
     * Where and as whom a Quarkus service connects ({@code kafka.bootstrap.servers}, {@code kafka.security.protocol},
     * {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config}), for the clients it creates itself next to its
     * messaging channels.
     */
    public static Map<String, Object> configured(Function<String, Optional<String>> config) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(
                "bootstrap.servers",
                config.apply("kafka.bootstrap.servers")
                        .orElseThrow(() -> new IllegalStateException("kafka.bootstrap.servers is not configured")));
        for (String key : KEYS) {
            config.apply("kafka." + key).ifPresent(value -> settings.put(key, value));
        }
        return settings;
    }
}
