package org.jixiao.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;

/** The broker's configuration (KRaft combined mode, docs/operations.md) and the one-time formatting of its log directory. */
final class KafkaStorage {
    private KafkaStorage() {}

    static String serverProperties(int port, int controllerPort, Path logDir) {
        return String.join(
                "\n",
                "# Written by org.jixiao.stack.KafkaStorage on every start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                // Forward slashes: the value is read as a Java properties file, where a backslash escapes.
                "log.dirs=" + logDir.toAbsolutePath().toString().replace('\\', '/'),
                // Topics are created by TopicSetup with the intended partitions and cleanup policy; a typo in a
                // topic name must fail loudly instead of silently creating a new topic.
                "auto.create.topics.enable=false",
                "num.partitions=3",
                // One broker: the internal topics cannot have the default replication factor of 3.
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // Consumers join immediately instead of waiting 3 s for more members that never come.
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    /** KRaft needs its log directory formatted with a cluster id once; a second format would refuse anyway. */
    static void formatOnce(Path config, Path logDir) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        // In-process rather than a second JVM: saves ~2 s of JVM and Scala start-up on the first run.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, print);
        } catch (RuntimeException e) {
            throw new IOException("formatting Kafka storage in " + logDir + " failed: " + e.getMessage(), e);
        }
        if (rc != 0) {
            throw new IOException(
                    "formatting Kafka storage failed (" + rc + "): " + out.toString(StandardCharsets.UTF_8));
        }
    }
}
