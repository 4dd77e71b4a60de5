package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.trust.IntakeSignature;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * What monitoring takes from {@code progress-events} that did not come through its API (docs/security.md, "Kafka"):
 * the test profile lets outside reporters report for 573301 only; only the intake's signature lifts that limit, and an
 * assessment is never taken unsigned.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class OutsideReportsIT {
    private static final String CLOSED_UNIT = "110001";

    @Inject
    IntakeSignature signature;

    @Test
    void anUnsignedReportForAUnitNotOpenToOutsideReportersIsDeadLetteredAndNotStored() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator(CLOSED_UNIT, "≥17台", "产出指标", "数量指标");
        UUID unsigned = UUID.randomUUID();
        send(report(unsigned, ids, CLOSED_UNIT), false);

        assertThat(deadLetterReason(unsigned)).contains("unit 110001 is not one an outside reporter may report for");
        assertThat(ProgressAndStatusIT.reportsOf(ids[1])).isZero();
    }

    @Test
    void theIntakesSignatureLiftsTheLimitButNotOnceTheRecordIsChanged() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator(CLOSED_UNIT, "≥17台", "产出指标", "数量指标");
        UUID signed = UUID.randomUUID();
        send(report(signed, ids, CLOSED_UNIT), true);
        Await.until(() -> ProgressAndStatusIT.reportsOf(ids[1]) == 1, Duration.ofSeconds(30), "the signed report");

        // Signed, then its value changed on the way: the signature no longer fits, so it is an outside report.
        UUID tampered = UUID.randomUUID();
        ProducerRecord<String, String> original = record(report(tampered, ids, CLOSED_UNIT));
        signature.sign(original);
        ProducerRecord<String, String> changed = new ProducerRecord<>(
                Topics.PROGRESS_EVENTS,
                null,
                original.key(),
                original.value().replace("\"3台\"", "\"17台\""),
                original.headers());
        write(changed);

        assertThat(deadLetterReason(tampered)).contains("not one an outside reporter may report for");
        assertThat(ProgressAndStatusIT.reportsOf(ids[1])).isEqualTo(1);
    }

    @Test
    void anAssessmentIsTakenOnlyFromTheIntakeAndThenStillChecked() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        UUID unsigned = UUID.randomUUID();
        send(assessment(unsigned, ids, "0.5"), false);
        UUID signedButWrong = UUID.randomUUID();
        send(assessment(signedButWrong, ids, "1.5"), true);

        assertThat(deadLetterReason(unsigned)).contains("a score assessment is accepted only through the API");
        assertThat(deadLetterReason(signedButWrong)).contains("share: must be a number from 0 to 1");
    }

    @Test
    void aReportClaimingAnotherUnitThanItsIndicatorsIsRefused() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        UUID claimed = UUID.randomUUID();
        send(report(claimed, ids, CLOSED_UNIT), false);

        assertThat(deadLetterReason(claimed)).contains("unitCode: the indicator belongs to unit 573301");
        assertThat(ProgressAndStatusIT.reportsOf(ids[1])).isZero();
    }

    private static String report(UUID eventId, long[] ids, String unitCode) {
        return TopicWriter.envelope(
                eventId, "ProgressReported", """
                {"indicatorId":%d,"projectId":%d,"unitCode":"%s","asOf":"%s","value":"3台"}""".formatted(ids[1], ids[0], unitCode, ProgressAndStatusIT.TODAY));
    }

    private static String assessment(UUID eventId, long[] ids, String share) {
        return TopicWriter.envelope(eventId, "ScoreAssessed", """
                {"indicatorId":%d,"projectId":%d,"share":%s,"reason":"复核","assessedBy":"财务处"}""".formatted(ids[1], ids[0], share));
    }

    private void send(String envelope, boolean signed) {
        ProducerRecord<String, String> record = record(envelope);
        if (signed) {
            signature.sign(record);
        }
        write(record);
    }

    private static ProducerRecord<String, String> record(String envelope) {
        String projectKey = envelope.replaceAll("(?s).*\"projectId\":(\\d+).*", "$1");
        return new ProducerRecord<>(Topics.PROGRESS_EVENTS, projectKey, envelope);
    }

    private static void write(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                PostgresKafkaResource.kafkaClient(), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not write to " + record.topic(), e);
        }
    }

    private static String deadLetterReason(UUID eventId) {
        return TopicReader.deadLetterReason(PostgresKafkaResource.kafkaClient(), Topics.PROGRESS_EVENTS, eventId);
    }
}
