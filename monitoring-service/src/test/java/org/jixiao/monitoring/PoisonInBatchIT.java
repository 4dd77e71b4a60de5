package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.KafkaSettings;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * Progress reports are consumed a polled batch at a time in one transaction. Poison in the middle of a batch, one
 * caught when the batch is read (an unknown indicator) and one only when it is written (a numeric value beyond the
 * column), goes to the dead-letter topic with its reason; every report around it is stored and counted exactly once.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class PoisonInBatchIT {
    private static final int REPORTS = 40;

    @Inject
    EntityManager em;

    @Test
    void poisonInTheMiddleOfABatchIsDeadLetteredAndTheRestCommitsOnce() throws Exception {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        String key = Long.toString(ids[0]);
        List<UUID> good = new ArrayList<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            UUID id = UUID.randomUUID();
            good.add(id);
            records.add(new ProducerRecord<>(Topics.PROGRESS_EVENTS, key, report(id, ids, i + "台", "null")));
            if (i == REPORTS / 3) {
                records.add(new ProducerRecord<>(
                        Topics.PROGRESS_EVENTS, key, report(UUID.randomUUID(), new long[] {ids[0], 1}, "1台", "null")));
            }
            if (i == 2 * REPORTS / 3) {
                records.add(new ProducerRecord<>(
                        Topics.PROGRESS_EVENTS, key, report(UUID.randomUUID(), ids, "2台", "1e30")));
            }
        }
        // One producer, one flush: the records reach the partition together and are polled as one batch.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaSettings.with(
                ProgressAndStatusIT.kafkaClient(),
                Map.of(
                        ProducerConfig.LINGER_MS_CONFIG, 50,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())))) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            records.forEach(r -> acks.add(producer.send(r)));
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }

        try (TopicReader dlq =
                new TopicReader(ProgressAndStatusIT.kafkaClient(), Topics.deadLetter(Topics.PROGRESS_EVENTS))) {
            ConsumerRecord<String, String> unknown = dlq.await(
                    r -> key.equals(r.key())
                            && TopicReader.header(r, EventHeaders.DEAD_LETTER_REASON)
                                    .contains("indicator 1 is not known"),
                    Duration.ofSeconds(30));
            assertThat(unknown.value()).contains("\"indicatorId\":1,");
            ConsumerRecord<String, String> overflow =
                    dlq.await(r -> key.equals(r.key()) && r.value().contains("1e30"), Duration.ofSeconds(30));
            assertThat(TopicReader.header(overflow, EventHeaders.DEAD_LETTER_REASON))
                    .isNotBlank();
        }
        Await.until(
                () -> ProgressAndStatusIT.reportsOf(ids[1]) == REPORTS,
                Duration.ofSeconds(30),
                "the reports around the poison stored");
        List<UUID> stored = QuarkusTransaction.requiringNew()
                .call(() -> ids("SELECT id FROM progress_report WHERE indicator_id = " + ids[1]));
        assertThat(stored).hasSize(REPORTS).containsExactlyInAnyOrderElementsOf(good);
        // A report's row is its own log of the processed event (its id is the event id): none in processed_event.
        List<UUID> logged = QuarkusTransaction.requiringNew()
                .call(() ->
                        ids("SELECT event_id FROM processed_event WHERE event_id IN (SELECT id FROM progress_report "
                                + "WHERE indicator_id = " + ids[1] + ")"));
        assertThat(logged).isEmpty();
        // Nothing of the poison was kept: the unknown indicator got no report.
        assertThat(ProgressAndStatusIT.reportsOf(1)).isZero();
    }

    @Test
    void aReportInTheWrongUnitFamilyWrittenStraightToTheTopicIsDeadLetteredAndChangesNoStatus() throws Exception {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        String statusOfIndicator =
                "SELECT status FROM current_status WHERE subject = 'indicator' AND subject_id = '" + ids[1] + "'";
        Await.until(
                () -> !QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(statusOfIndicator).getResultList())
                        .isEmpty(),
                Duration.ofSeconds(30),
                "the indicator's first status");
        Object before = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(statusOfIndicator).getSingleResult());
        UUID eventId = UUID.randomUUID();
        TopicWriter.send(
                ProgressAndStatusIT.kafkaClient(),
                Topics.PROGRESS_EVENTS,
                Long.toString(ids[0]),
                report(eventId, ids, "9小时", "9"));

        try (TopicReader dlq =
                new TopicReader(ProgressAndStatusIT.kafkaClient(), Topics.deadLetter(Topics.PROGRESS_EVENTS))) {
            ConsumerRecord<String, String> refused =
                    dlq.await(r -> r.value().contains(eventId.toString()), Duration.ofSeconds(30));
            assertThat(TopicReader.header(refused, EventHeaders.DEAD_LETTER_REASON))
                    .contains("unit '小时' is not compatible with the target '≥17台'");
        }
        assertThat(ProgressAndStatusIT.reportsOf(ids[1])).isZero();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(statusOfIndicator).getSingleResult()))
                .isEqualTo(before);
    }

    /** An event written straight to the topic, and the reason the dead-letter record must give. */
    private record Forged(UUID eventId, String type, String fields, String reason) {
        Forged(String type, String fields, String reason) {
            this(UUID.randomUUID(), type, fields, reason);
        }

        String envelope(long[] ids) {
            String data = """
                    {"indicatorId":%d,"projectId":%d,"unitCode":"573301",%s}""".formatted(ids[1], ids[0], fields);
            return TopicWriter.envelope(eventId, type, data);
        }
    }

    /** What REST refuses, written straight to the topic instead, is dead-lettered naming the field and never stored. */
    @Test
    void whatTheApiWouldRefuseIsDeadLetteredFromTheTopicNamingTheField() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        String today = "\"asOf\":\"" + ProgressAndStatusIT.TODAY + "\",\"value\":\"3台\"";
        List<Forged> forged = List.of(
                new Forged(
                        "ProgressReported",
                        "\"asOf\":\"2001-01-01\",\"value\":\"3台\"",
                        "asOf: must lie in the project period"),
                new Forged(
                        "ProgressReported",
                        "\"asOf\":\"" + ProgressAndStatusIT.TODAY.plusDays(5) + "\",\"value\":\"3台\"",
                        "asOf: must not be in the future"),
                new Forged("ProgressReported", today + ",\"likelihood\":\"SURE\"", "likelihood: must be one of"),
                new Forged(
                        "ProgressReported",
                        today + ",\"corrects\":\"" + UUID.randomUUID() + "\"",
                        "corrects: must name an earlier report on the same indicator"),
                new Forged(
                        "ProgressReported",
                        today + ",\"deviation\":{\"category\":\"OTHER\",\"reason\":\"" + "原".repeat(2_001) + "\"}",
                        "deviation.reason: must be at most 2000 characters"),
                new Forged(
                        "ScoreAssessed",
                        "\"share\":1.5,\"reason\":\"r\",\"assessedBy\":\"外部系统\"",
                        "a score assessment is accepted only through the API"));
        forged.forEach(f -> TopicWriter.send(
                ProgressAndStatusIT.kafkaClient(), Topics.PROGRESS_EVENTS, Long.toString(ids[0]), f.envelope(ids)));

        try (TopicReader dlq =
                new TopicReader(ProgressAndStatusIT.kafkaClient(), Topics.deadLetter(Topics.PROGRESS_EVENTS))) {
            for (Forged f : forged) {
                ConsumerRecord<String, String> refused =
                        dlq.await(r -> r.value().contains(f.eventId().toString()), Duration.ofSeconds(30));
                assertThat(TopicReader.header(refused, EventHeaders.DEAD_LETTER_REASON))
                        .as(f.reason())
                        .contains(f.reason());
            }
        }
        assertThat(ProgressAndStatusIT.reportsOf(ids[1])).isZero();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> MonIndicator.<MonIndicator>findById(ids[1]).assessedShare))
                .isNull();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql) {
        return (List<UUID>) em.createNativeQuery(sql).getResultList();
    }

    private static String report(UUID eventId, long[] ids, String value, String numericValue) {
        String data = """
                {"indicatorId":%d,"projectId":%d,"unitCode":"573301","asOf":"%s","value":"%s","numericValue":%s,\
                "reportedAt":"2025-01-01T00:00:00Z"}""".formatted(ids[1], ids[0], ProgressAndStatusIT.TODAY, value, numericValue);
        return TopicWriter.envelope(eventId, "ProgressReported", data);
    }
}
