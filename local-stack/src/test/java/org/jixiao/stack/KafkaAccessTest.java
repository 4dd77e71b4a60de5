package org.jixiao.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker's side of docs/security.md, "Kafka", against the real broker: nobody gets in without a login, and a
 * principal writes only the topics it owns. A forged event written by a principal without the ACL never reaches the
 * topic, so no consumer can act on it (forged content from a permitted principal is each consumer's own test).
 */
class KafkaAccessTest {
    /** Who may write each topic a service consumes: the spec this test holds the ACLs to. */
    private static final Map<String, Set<String>> WRITERS = Map.of(
            Topics.PROJECT_COMMANDS, Set.of(KafkaPrincipals.INDICATOR),
            Topics.PROJECT_EVENTS, Set.of(KafkaPrincipals.PROJECT),
            Topics.INDICATOR_EVENTS, Set.of(KafkaPrincipals.INDICATOR),
            Topics.PROGRESS_EVENTS, Set.of(KafkaPrincipals.MONITORING, KafkaPrincipals.REPORTER),
            Topics.STATUS_EVENTS, Set.of(KafkaPrincipals.MONITORING));

    @TempDir
    static Path data;

    static KafkaBroker kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = Infrastructure.startKafka(data, 0, 0);
        try (Admin admin = kafka.admin()) {
            TopicSetup.createMissing(admin);
        }
        // A record at the start of each topic read below, so that a permitted read returns at once.
        for (String topic :
                List.of(Topics.STATUS_EVENTS, Topics.PROGRESS_EVENTS, Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS)) {
            sendTo(KafkaPrincipals.ADMIN, topic, 0);
        }
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aClientWithoutLoginOrWithAWrongPasswordGetsNothing() {
        try (Admin anonymous = Admin.create(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "request.timeout.ms", 1000,
                "default.api.timeout.ms", 1500))) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(5, TimeUnit.SECONDS))
                    .as("a client that does not log in")
                    .isNotNull();
        }
        Map<String, Object> wrong = new HashMap<>(kafka.principals().login(KafkaPrincipals.REPORTER));
        wrong.put(
                "sasl.jaas.config",
                org.jixiao.events.KafkaLogin.jaas(
                        "org.apache.kafka.common.security.scram.ScramLoginModule",
                        KafkaPrincipals.REPORTER,
                        "guessed"));
        wrong.put("bootstrap.servers", kafka.bootstrapServers());
        try (Admin guessed = Admin.create(wrong)) {
            assertThat(catchThrowable(() -> guessed.listTopics().names().get(10, TimeUnit.SECONDS)))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void forgedEventsFromPrincipalsWithoutTheAclNeverReachTheTopic() throws Exception {
        Map<TopicPartition, Long> before = endOffsets();
        for (var topic : WRITERS.entrySet()) {
            for (String principal : KafkaPrincipals.ALL) {
                if (!principal.equals(KafkaPrincipals.ADMIN)
                        && !topic.getValue().contains(principal)) {
                    assertThat(catchThrowable(() -> send(principal, topic.getKey())))
                            .as(principal + " writing " + topic.getKey())
                            .hasRootCauseInstanceOf(AuthorizationException.class);
                }
            }
        }
        assertThat(endOffsets()).as("nothing reached any topic").isEqualTo(before);

        for (var topic : WRITERS.entrySet()) {
            for (String principal : topic.getValue()) {
                send(principal, topic.getKey());
            }
        }
        assertThat(endOffsets()).as("the owners' writes arrive").isNotEqualTo(before);
    }

    @Test
    void onlyTheConsumersOfATopicMayReadIt() {
        assertThat(canRead(KafkaPrincipals.STATUS_READER, Topics.STATUS_EVENTS)).isTrue();
        assertThat(canRead(KafkaPrincipals.GATEWAY, Topics.STATUS_EVENTS)).isTrue();
        assertThat(canRead(KafkaPrincipals.MONITORING, Topics.PROGRESS_EVENTS)).isTrue();
        assertThat(canRead(KafkaPrincipals.STATUS_READER, Topics.PROGRESS_EVENTS))
                .isFalse();
        assertThat(canRead(KafkaPrincipals.REPORTER, Topics.PROGRESS_EVENTS)).isFalse();
        assertThat(canRead(KafkaPrincipals.GATEWAY, Topics.PROJECT_EVENTS)).isFalse();
        assertThat(canRead(KafkaPrincipals.PROJECT, Topics.INDICATOR_EVENTS)).isFalse();
    }

    @Test
    void outsideReadersGetAnOwnerOnlyClientFileThatReadsStatusEvents() throws Exception {
        List<Path> files = KafkaClientFiles.write(data, kafka.bootstrapServers(), kafka.principals());
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString())
                    .isEqualTo("rw-------");
        }
        Properties reader = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve("clients/status-reader.properties"))) {
            reader.load(in);
        }
        Map<String, Object> settings =
                reader.stringPropertyNames().stream().collect(Collectors.toMap(name -> name, reader::getProperty));
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            assertThat(consumer.partitionsFor(Topics.STATUS_EVENTS, Duration.ofSeconds(10)))
                    .hasSize(TopicSetup.PARTITIONS);
        }
        assertThat(Files.readString(data.resolve("clients/status-reader.kcat")))
                .contains("sasl.username=status-reader")
                .contains("sasl.mechanisms=SCRAM-SHA-256");
    }

    private static void send(String principal, String topic) throws Exception {
        sendTo(principal, topic, null);
    }

    private static void sendTo(String principal, String topic, Integer partition) throws Exception {
        Map<String, Object> settings = new HashMap<>(kafka.principals().login(principal));
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        settings.put("max.block.ms", 5000);
        settings.put("delivery.timeout.ms", 5000);
        settings.put("request.timeout.ms", 4000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, partition, "1", "{\"forged\":true}"))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    private static boolean canRead(String principal, String topic) {
        Map<String, Object> settings = new HashMap<>(kafka.principals().login(principal));
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                    return true;
                }
            }
            throw new AssertionError(principal + " got neither the record on " + topic + " nor a refusal");
        } catch (AuthorizationException refused) {
            return false;
        }
    }

    private static Map<TopicPartition, Long> endOffsets() throws Exception {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : WRITERS.keySet()) {
                for (int p = 0; p < TopicSetup.PARTITIONS; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }
}
