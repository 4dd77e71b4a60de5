package org.jixiao.monitoring.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.ProgressReported;
import org.jixiao.kit.config.KafkaProducerConfig;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.monitoring.trust.IntakeSignature;

/**
 * Appends an accepted report or score assessment to {@code progress-events} (key: project id, so one project's events
 * stay ordered) and returns only once Kafka acknowledged it; otherwise the caller gets 503 and nothing is stored.
 */
@ApplicationScoped
public class ProgressPublisher {
    private static final Logger LOG = Logger.getLogger(ProgressPublisher.class);

    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final long ackTimeoutMs;
    private final IntakeSignature signature;

    ProgressPublisher(
            Producer<String, String> producer,
            ObjectMapper json,
            KafkaProducerConfig kafka,
            IntakeSignature signature) {
        this.producer = producer;
        this.json = json;
        this.signature = signature;
        this.ackTimeoutMs = kafka.deliveryTimeoutMs();
    }

    public void publish(EventEnvelope<ProgressReported> envelope) {
        publish(envelope, envelope.data().projectId());
    }

    /** Any event of {@code progress-events}, keyed by its project; returns once Kafka acknowledged it. */
    public void publish(EventEnvelope<?> envelope, long projectId) {
        ProducerRecord<String, String> record = ProgressEvents.record(envelope, projectId, json, signature);
        try {
            producer.send(record).get(ackTimeoutMs + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("progress report not acknowledged by Kafka: %s", e.toString());
        return ProblemException.unavailable(
                "the event log (Kafka) did not acknowledge the report; nothing was stored, retry later", 5);
    }
}
