package org.jixiao.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jixiao.events.KafkaLogin;

/**
 * The stack's Kafka principals and their SCRAM passwords (docs/security.md, "Kafka"). The passwords are generated on
 * first start and kept in {@code <data>/keys/kafka.properties} (mode 0600 from its creation) with the stack's other
 * secrets. {@code admin} is the broker's own principal and the launcher's; every service logs in as itself.
 */
public final class KafkaPrincipals {
    public static final String ADMIN = "admin";
    public static final String PROJECT = "project-service";
    public static final String INDICATOR = "indicator-service";
    public static final String MONITORING = "monitoring-service";
    public static final String GATEWAY = "gateway";
    /** An outside reporting system: may write progress reports and nothing else. */
    public static final String REPORTER = "reporter";
    /** Outside dashboards: may read status events and nothing else. */
    public static final String STATUS_READER = "status-reader";

    static final List<String> ALL = List.of(ADMIN, PROJECT, INDICATOR, MONITORING, GATEWAY, REPORTER, STATUS_READER);
    static final String FILE = "kafka.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;
    private final boolean adminIsNew;

    private KafkaPrincipals(Map<String, String> passwords, boolean adminIsNew) {
        this.passwords = passwords;
        this.adminIsNew = adminIsNew;
    }

    /** The kept passwords, with new ones generated (and saved) for any principal still missing one. */
    static KafkaPrincipals prepare(Path keysDir) throws IOException {
        Path file = keysDir.resolve(FILE);
        Properties kept = SecretFiles.read(file);
        boolean adminIsNew = kept.getProperty(ADMIN) == null;
        Map<String, String> passwords = new LinkedHashMap<>();
        boolean changed = false;
        for (String principal : ALL) {
            String password = kept.getProperty(principal);
            if (password == null || password.isBlank()) {
                password = HexFormat.of().formatHex(bytes(24));
                kept.setProperty(principal, password);
                changed = true;
            }
            passwords.put(principal, password);
        }
        if (changed) {
            SecretFiles.write(file, kept, "jixiao Kafka SCRAM passwords (local stack only): one principal per service");
        }
        return new KafkaPrincipals(passwords, adminIsNew);
    }

    /** The passwords kept for a data directory: for tools that join a running stack (rebuild, benchmarks). */
    public static KafkaPrincipals kept(Path keysDir) throws IOException {
        Path file = keysDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IOException(file + " is missing: this is not the data directory of a running stack");
        }
        Properties kept = SecretFiles.read(file);
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String principal : ALL) {
            String password = kept.getProperty(principal);
            if (password == null) {
                throw new IOException(file + " keeps no password for " + principal);
            }
            passwords.put(principal, password);
        }
        return new KafkaPrincipals(passwords, false);
    }

    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka principal " + principal);
        }
        return password;
    }

    /** True when the admin password was made just now: a broker formatted before cannot know it. */
    boolean adminIsNew() {
        return adminIsNew;
    }

    /** Client settings that log in as {@code principal}. */
    public Map<String, Object> login(String principal) {
        return KafkaLogin.scram(principal, password(principal));
    }

    /** The variables a service logs in with (service-kit's shared configuration turns them into its JAAS line). */
    Map<String, String> serviceEnvironment(String principal) {
        return Map.of("JIXIAO_KAFKA_USER", principal, "JIXIAO_KAFKA_PASSWORD", password(principal));
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
