package org.jixiao.testinfra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.jixiao.events.KafkaLogin;

/**
 * Logins to a stack's or the test infrastructure's Kafka, which refuses unauthenticated clients: the tests' own clients
 * log in as the super user ({@code admin}), a service under test as its own principal, so a missing ACL fails its
 * tests. The passwords are the ones the stack keeps in {@code <data>/keys/kafka.properties}.
 */
public final class KafkaLogins {
    public static final String ADMIN = "admin";

    private KafkaLogins() {}

    /** Client settings: the bootstrap servers and the login of {@code principal}. */
    public static Map<String, Object> client(String bootstrapServers, Path keys, String principal) {
        Map<String, Object> settings = new HashMap<>(KafkaLogin.scram(principal, password(keys, principal)));
        settings.put("bootstrap.servers", bootstrapServers);
        return settings;
    }

    /** What a Quarkus service logs in with (service-kit's shared configuration reads these two). */
    public static Map<String, String> serviceConfig(Path keys, String principal) {
        return Map.of("jixiao.kafka-user", principal, "jixiao.kafka-password", password(keys, principal));
    }

    private static String password(Path keys, String principal) {
        Path file = keys.resolve("kafka.properties");
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            passwords.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the Kafka passwords in " + file + " cannot be read", e);
        }
        String password = passwords.getProperty(principal);
        if (password == null) {
            throw new IllegalArgumentException(file + " keeps no password for " + principal);
        }
        return password;
    }
}
