package org.jixiao.monitoring.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.ProgressReported;
import org.jixiao.kit.config.KafkaConnection;
import org.jixiao.kit.config.KafkaProducerConfig;
import org.jixiao.kit.config.ProducerSettings;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.monitoring.trust.IntakeSignature;

/**
 * Appends a whole batch to {@code progress-events} in one Kafka transaction: consumers reading committed records
 * (monitoring's own reads with {@code isolation.level=read_committed}) see every report of the batch or none. Returns
 * only after the commit was acknowledged; any failure aborts the transaction and answers 503.
 *
 * <p>A transactional producer runs one transaction at a time, so batches are published one after the other.
 */
@ApplicationScoped
public class BatchPublisher {
    private static final Logger LOG = Logger.getLogger(BatchPublisher.class);

    private final ObjectMapper json;
    private final IntakeSignature signature;
    private final Map<String, Object> config;
    private Producer<String, String> producer;

    BatchPublisher(
            ObjectMapper json,
            BatchConfig batch,
            KafkaProducerConfig kafka,
            KafkaConnection connection,
            IntakeSignature signature,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.json = json;
        this.signature = signature;
        String transactionalId = batch.transactionalId().orElse(application + "-progress-batch-" + UUID.randomUUID());
        Map<String, Object> settings = ProducerSettings.of(kafka, connection, application + "-batch-producer");
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        this.config = Map.copyOf(settings);
    }

    /**
     * Registers the transactional id at start, in the background: on a new cluster Kafka first has to create its
     * transaction log, which can take longer than a client should wait for the first batch.
     */
    void warmUp(@Observes StartupEvent event) {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        synchronized (this) {
                            producer();
                        }
                    } catch (RuntimeException e) {
                        LOG.infof("batch producer not ready yet, the first batch retries: %s", e.getMessage());
                    }
                },
                "progress-batch-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    public synchronized void publishAll(List<EventEnvelope<ProgressReported>> events) {
        Producer<String, String> current = producer();
        try {
            current.beginTransaction();
            for (EventEnvelope<ProgressReported> event : events) {
                current.send(ProgressEvents.record(event, json, signature));
            }
            commit(current);
        } catch (KafkaException | IllegalStateException e) {
            abort(current);
            throw unavailable(e);
        }
    }

    /** A commit that timed out may be retried once; Kafka then waits for the first attempt's outcome. */
    private static void commit(Producer<String, String> current) {
        try {
            current.commitTransaction();
        } catch (TimeoutException first) {
            current.commitTransaction();
        }
    }

    /**
     * Aborts so that nothing of the batch becomes visible. If even that fails the producer is dropped: the next one,
     * with the same transactional id, makes Kafka finish or abort whatever this one left open.
     */
    private void abort(Producer<String, String> current) {
        try {
            current.abortTransaction();
        } catch (KafkaException | IllegalStateException e) {
            LOG.warnf("batch transaction could not be aborted, dropping the producer: %s", e.toString());
            discard();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Producer<String, String> created = new KafkaProducer<>(config);
            try {
                created.initTransactions();
            } catch (KafkaException e) {
                created.close(Duration.ZERO);
                throw unavailable(e);
            }
            producer = created;
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("progress batch not committed to Kafka: %s", e.toString());
        return ProblemException.unavailable(
                "the event log (Kafka) did not commit the batch; its reports are not stored, retry later", 5);
    }
}
