package org.jixiao.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;

/**
 * PostgreSQL + Kafka + topics, the part shared by the full local stack and the test suites. Layout of the data
 * directory: {@code postgres/} (the cluster), {@code kafka/} (config and log segments), {@code logs/} (one log file per
 * process).
 */
public final class Infrastructure implements AutoCloseable {
    private final EmbeddedPostgresServer postgres;
    private final KafkaBroker kafka;
    private final Path dataDir;

    private Infrastructure(EmbeddedPostgresServer postgres, KafkaBroker kafka, Path dataDir) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.dataDir = dataDir;
    }

    /** Starts both servers and the topics; on any failure stops what already runs and rethrows. */
    public static Infrastructure start(Path dataDir, int pgPort, int kafkaPort, int controllerPort, boolean fresh)
            throws Exception {
        Path data = dataDir.toAbsolutePath().normalize();
        if (fresh) {
            deleteRecursively(data);
        }
        Path logs = data.resolve("logs");
        EmbeddedPostgresServer postgres =
                EmbeddedPostgresServer.start(data.resolve("postgres"), pgPort, logs.resolve("postgres.log"));
        KafkaBroker kafka = null;
        try {
            kafka = startKafka(data, kafkaPort, controllerPort);
            try (Admin admin = kafka.admin()) {
                TopicSetup.createMissing(admin);
            }
            return new Infrastructure(postgres, kafka, data);
        } catch (Exception | Error e) {
            if (kafka != null) {
                kafka.close();
            }
            postgres.close();
            throw e;
        }
    }

    /**
     * The broker, logged in to with the principals kept in {@code <data>/keys/} (made on first start), and with
     * every principal's credential and ACLs in place (KafkaAccess) before any service connects.
     */
    static KafkaBroker startKafka(Path data, int kafkaPort, int controllerPort) throws Exception {
        return finishKafka(launchKafka(data, kafkaPort, controllerPort));
    }

    /** The broker's JVM started, not yet awaited: {@link #finishKafka} waits for it and sets up the principals. */
    static KafkaBroker launchKafka(Path data, int kafkaPort, int controllerPort) throws Exception {
        KafkaPrincipals principals = KafkaPrincipals.prepare(data.resolve("keys"));
        return KafkaBroker.launch(
                data.resolve("kafka"),
                kafkaPort,
                controllerPort,
                data.resolve("logs").resolve("kafka.log"),
                principals);
    }

    /** Waits for a launched broker and gives every principal its credential and ACLs; stops it on failure. */
    static KafkaBroker finishKafka(KafkaBroker kafka) throws Exception {
        kafka.awaitReady();
        KafkaPrincipals principals = kafka.principals();
        try (Admin admin = kafka.admin()) {
            KafkaAccess.apply(admin, principals);
        } catch (Exception | Error e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Reverse start order. Callers stop the services before this, so nothing uses either server any more. */
    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }

    /** Entries a stack data directory may hold; --fresh refuses to wipe a directory holding anything else. */
    static final Set<String> OWN_ENTRIES =
            Set.of("postgres", "kafka", "logs", "run", "keys", KafkaClientFiles.DIR, ClassDataArchive.DIR);

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !OWN_ENTRIES.contains(name))
                    .toList();
            if (!foreign.isEmpty()) {
                // A mistyped --data must never cost someone their files.
                throw new IOException("--fresh refuses to delete " + dir + ": it holds " + foreign
                        + ", which this stack did not create");
            }
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
