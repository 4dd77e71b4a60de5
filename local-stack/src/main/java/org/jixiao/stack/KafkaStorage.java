package org.jixiao.stack;

import static org.jixiao.stack.KafkaPrincipals.ADMIN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;
import org.jixiao.events.KafkaLogin;

/** The broker's configuration (KRaft combined mode, docs/operations.md) and the one-time formatting of its log directory. */
final class KafkaStorage {
    private KafkaStorage() {}

    static String serverProperties(int port, int controllerPort, Path logDir, String adminPassword) {
        String scram = KafkaLogin.jaas("org.apache.kafka.common.security.scram.ScramLoginModule", ADMIN, adminPassword);
        // The controller listener cannot use SCRAM (its credentials live in the metadata the controller serves), so
        // the broker logs in to its controller with PLAIN as the same principal.
        String login = KafkaLogin.jaas("org.apache.kafka.common.security.plain.PlainLoginModule", ADMIN, adminPassword);
        // PLAIN checks against the user_<name> entries of the same line: the principal's own password.
        String plain = login.substring(0, login.length() - 1) + " user_" + ADMIN + "=\"" + adminPassword + "\";";
        return String.join(
                "\n",
                "# Written by org.jixiao.stack.KafkaStorage on every start (mode 0600: it holds the admin password).",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                // Every client logs in (docs/security.md, "Kafka"): SCRAM for clients and the broker itself.
                "sasl.enabled.mechanisms=" + KafkaLogin.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaLogin.MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=" + scram,
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plain,
                // Nothing is allowed that KafkaAccess does not grant; admin (broker and launcher) is the super user.
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:" + ADMIN,
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
                // The log cleaner (compacted topics: status-events, consumer offsets) allocates its dedupe map on the
                // heap when the broker starts, 128 MB by default; 16 MB hold the offsets of 700,000 keys per pass.
                "log.cleaner.dedupe.buffer.size=16777216",
                "");
    }

    /** KRaft needs its log directory formatted with a cluster id once; a second format would refuse anyway. */
    static void formatOnce(Path config, Path logDir, KafkaPrincipals principals) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            if (principals.adminIsNew()) {
                throw new IOException("the Kafka data in " + logDir + " was made before the stack's brokers asked for a"
                        + " login, and its admin cannot be added afterwards: start once with --fresh (this deletes"
                        + " the stack's data; ./jixiao up loads the demo again)");
            }
            return;
        }
        // In-process rather than a second JVM: saves ~2 s of JVM and Scala start-up on the first run.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = kafka.tools.StorageTool.execute(
                    new String[] {
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString(),
                        // The broker's own SCRAM credential must exist before it starts; KafkaAccess adds the others.
                        "--add-scram",
                        KafkaLogin.MECHANISM + "=[name=" + ADMIN + ",password=" + principals.password(ADMIN) + "]"
                    },
                    print);
        } catch (RuntimeException e) {
            throw new IOException("formatting Kafka storage in " + logDir + " failed: " + e.getMessage(), e);
        }
        if (rc != 0) {
            throw new IOException(
                    "formatting Kafka storage failed (" + rc + "): " + out.toString(StandardCharsets.UTF_8));
        }
    }
}
