package org.jixiao.monitoring.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.intake.IntakeFixtures.TODAY;
import static org.jixiao.monitoring.intake.IntakeFixtures.indicator;
import static org.jixiao.monitoring.intake.IntakeFixtures.kafkaClient;
import static org.jixiao.monitoring.intake.IntakeFixtures.project;
import static org.jixiao.monitoring.intake.IntakeFixtures.recordsBeforeMarker;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProgressReported;
import org.jixiao.events.Topics;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.monitoring.trust.IntakeSignature;
import org.jixiao.testinfra.KafkaSettings;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/** A batch is one Kafka transaction, and monitoring's own consumer never sees an aborted one. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class BatchTransactionIT {
    @Inject
    BatchPublisher publisher;

    @Inject
    ObjectMapper json;

    @Inject
    IntakeSignature signature;

    @Test
    void batchThatKafkaRefusesHalfwayPublishesNoneOfItsReports() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        EventEnvelope<ProgressReported> fits = event(projectId, devices, "3台", "张三");
        // Larger than the producer's max.request.size: refused after the first report went into the transaction.
        EventEnvelope<ProgressReported> tooLarge = event(projectId, devices, "4台", "长".repeat(1_200_000));

        assertThatThrownBy(() -> publisher.publishAll(List.of(fits, tooLarge)))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(503));

        EventEnvelope<ProgressReported> next = event(projectId, devices, "5台", "李四");
        publisher.publishAll(List.of(next));
        // Same project, same partition: once the later batch is stored, anything visible before it would be too.
        IntakeFixtures.awaitStored(List.of(next.eventId()));
        assertThat(IntakeFixtures.stored(fits.eventId())).isNull();
        assertThat(IntakeFixtures.reportsOf(devices)).isEqualTo(1);
    }

    @Test
    void monitoringSkipsRecordsOfAnAbortedTransaction() throws Exception {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        EventEnvelope<ProgressReported> aborted = event(projectId, devices, "3台", "张三");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaSettings.with(
                kafkaClient(),
                Map.of(
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-aborted-" + UUID.randomUUID(),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(ProgressEvents.record(aborted, json, signature)).get();
            producer.abortTransaction();
        }
        String committed = TopicWriter.envelope("ProgressReported", """
                {"indicatorId":%d,"projectId":%d,"unitCode":"573301","asOf":"%s","value":"4台"}""".formatted(devices, projectId, TODAY));
        TopicWriter.send(kafkaClient(), Topics.PROGRESS_EVENTS, Long.toString(projectId), committed);

        // The aborted record is in the log (a read-uncommitted reader sees it) ...
        assertThat(recordsBeforeMarker(projectId, devices))
                .extracting(IntakeFixtures::eventId)
                .contains(aborted.eventId().toString());
        // ... but monitoring, reading committed records only, stored just the committed one and the marker.
        org.jixiao.testinfra.Await.until(
                () -> IntakeFixtures.reportsOf(devices) == 2, java.time.Duration.ofSeconds(30), "two reports stored");
        assertThat(IntakeFixtures.stored(aborted.eventId())).isNull();
    }

    private static EventEnvelope<ProgressReported> event(long projectId, long indicatorId, String value, String by) {
        ProgressReported data = new ProgressReported(
                indicatorId, projectId, "573301", TODAY, value, null, null, null, null, null, null, by, Instant.now());
        return EventEnvelope.of(EventTypes.PROGRESS_REPORTED, ProgressReported.VERSION, "test", data);
    }
}
