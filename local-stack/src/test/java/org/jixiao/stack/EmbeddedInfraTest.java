package org.jixiao.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Real PostgreSQL and a real Kafka broker, started once for the class on free ports in a temporary directory. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedInfraTest {
    @TempDir
    static Path data;

    static EmbeddedPostgresServer postgres;
    static KafkaBroker kafka;
    static int controllerPort;

    @BeforeAll
    static void startInfra() throws Exception {
        Path logs = data.resolve("logs");
        postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0, logs.resolve("postgres.log"));
        controllerPort = Ports.free();
        kafka = Infrastructure.startKafka(data, 0, controllerPort);
        try (Admin admin = kafka.admin()) {
            TopicSetup.createMissing(admin);
        }
    }

    @AfterAll
    static void stopInfra() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void createsOneDatabasePerService() throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = postgres.connect("postgres");
                ResultSet rs = c.createStatement().executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertTrue(names.containsAll(List.of("project", "indicator", "monitoring", "gateway")), names.toString());
        try (Connection c = postgres.connect("monitoring")) {
            assertTrue(c.isValid(2));
        }
    }

    @Test
    @Order(2)
    void createsTopicsOnceWithCompactedStatus() throws Exception {
        try (Admin admin = kafka.admin()) {
            assertEquals(List.of(), TopicSetup.createMissing(admin), "a second run must create nothing");
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(
                            Topics.PROJECT_EVENTS,
                            Topics.INDICATOR_EVENTS,
                            Topics.PROGRESS_EVENTS,
                            Topics.STATUS_EVENTS,
                            Topics.deadLetter(Topics.PROGRESS_EVENTS),
                            Topics.deadLetter(Topics.STATUS_EVENTS)))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            assertEquals(
                    TopicSetup.PARTITIONS,
                    topics.get(Topics.PROGRESS_EVENTS).partitions().size());
            assertEquals(
                    TopicSetup.PARTITIONS,
                    topics.get(Topics.STATUS_EVENTS).partitions().size());
            assertEquals(
                    1,
                    topics.get(Topics.deadLetter(Topics.PROGRESS_EVENTS))
                            .partitions()
                            .size());

            ConfigResource status = new ConfigResource(ConfigResource.Type.TOPIC, Topics.STATUS_EVENTS);
            Config config = admin.describeConfigs(List.of(status))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(status);
            assertEquals("compact", config.get("cleanup.policy").value());

            ConfigResource progress = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PROGRESS_EVENTS);
            Config eventLog = admin.describeConfigs(List.of(progress))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(progress);
            assertEquals("-1", eventLog.get("retention.ms").value(), "the event log is kept for rebuilds");
        }
    }

    @Test
    @Order(3)
    void recordProducedToProgressEventsCanBeConsumedBack() throws Exception {
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                client(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)),
                new StringSerializer(),
                new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>(Topics.PROGRESS_EVENTS, "project-1", "{\"value\":\"≥17台\"}"))
                    .get(10, TimeUnit.SECONDS);
        }
        // assign + seek instead of a consumer group: the test checks the data path, not group coordination.
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(client(Map.of()), new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, sent.offset());
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    assertEquals("project-1", r.key());
                    assertEquals(
                            "{\"value\":\"≥17台\"}",
                            new String(r.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
                    return;
                }
            }
        }
        throw new AssertionError("the produced record was not consumed back within 15 s");
    }

    /** The stack's super user, as the launcher logs in. */
    private static Map<String, Object> client(Map<String, Object> own) {
        Map<String, Object> settings =
                new java.util.HashMap<>(kafka.principals().login(KafkaPrincipals.ADMIN));
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        settings.putAll(own);
        return settings;
    }

    @Test
    @Order(4)
    void closeStopsTheBrokerProcessAndFreesThePorts() {
        ProcessHandle broker = kafka.processHandle();
        int kafkaPort = kafka.port();
        int pgPort = postgres.port();
        kafka.close();
        postgres.close();
        assertFalse(broker.isAlive(), "broker process still alive");
        assertTrue(Ports.isFree(kafkaPort), "Kafka port still bound");
        assertTrue(Ports.isFree(controllerPort), "controller port still bound");
        assertTrue(Ports.isFree(pgPort), "PostgreSQL port still bound");
    }
}
