package org.jixiao.monitoring.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProgressReported;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.trust.IntakeSignature;

/** A validated report as the {@code ProgressReported} event, and the Kafka record that carries a progress event. */
final class ProgressEvents {
    private ProgressEvents() {}

    static EventEnvelope<ProgressReported> of(
            ProgressRequest request, ProgressValidator.Subject subject, Instant reportedAt) {
        ProgressReported data = new ProgressReported(
                subject.indicatorId(),
                subject.projectId(),
                subject.unitCode(),
                request.asOf(),
                request.value().strip(),
                null,
                request.likelihood(),
                request.deviation() == null
                        ? null
                        : new ProgressReported.Deviation(
                                request.deviation().category(),
                                request.deviation().reason()),
                request.correctiveAction(),
                request.forecast(),
                request.corrects(),
                request.reporter(),
                reportedAt);
        return EventEnvelope.of(EventTypes.PROGRESS_REPORTED, ProgressReported.VERSION, "monitoring-service", data);
    }

    /**
     * Key: the project id, so one project's reports stay ordered; id, type and version also as headers, and the
     * intake's signature: what the API publishes has passed its checks.
     */
    static ProducerRecord<String, String> record(
            EventEnvelope<ProgressReported> envelope, ObjectMapper json, IntakeSignature signature) {
        return record(envelope, envelope.data().projectId(), json, signature);
    }

    /** Any event of {@code progress-events} (a report or a score assessment), keyed by its project. */
    static ProducerRecord<String, String> record(
            EventEnvelope<?> envelope, long projectId, ObjectMapper json, IntakeSignature signature) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.PROGRESS_EVENTS, Long.toString(projectId), serialize(envelope, json));
        record.headers()
                .add(EventHeaders.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_TYPE, envelope.eventType().getBytes(StandardCharsets.UTF_8))
                .add(
                        EventHeaders.EVENT_VERSION,
                        Integer.toString(envelope.eventVersion()).getBytes(StandardCharsets.UTF_8));
        signature.sign(record);
        return record;
    }

    private static String serialize(EventEnvelope<?> envelope, ObjectMapper json) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progress event cannot be written as JSON", e);
        }
    }
}
