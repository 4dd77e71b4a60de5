package org.jixiao.monitoring.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.kit.inbox.TransientFailures;
import org.jixiao.kit.inbox.TypedEnvelopes;

/**
 * Runs one polled batch of a topic through its handler in one transaction: the processed-event ids, the state change
 * and the status events commit together, and the batch is acknowledged (its offsets committed) only afterwards.
 * <ul>
 *   <li>A record that is not an event, or that its handler rejects, is dead-lettered and the rest of the batch
 *       applied without it.
 *   <li>Any other failure is retried: a passing one (database unreachable, deadlock) with backoff, the whole batch
 *       again, so an outage pauses consumption; a lasting one by halves, in order, until the one record that fails
 *       alone is found and dead-lettered. Its neighbours commit, each exactly once.
 *   <li>A failure while the service stops dead-letters nothing: the batch is held unacknowledged until the process
 *       ends, and delivered again after the restart (the inbox makes the repeat harmless).
 * </ul>
 */
@ApplicationScoped
public class BatchIntake {
    private static final Logger LOG = Logger.getLogger(BatchIntake.class);

    private final TypedEnvelopes envelopes;
    private final ProcessedEvents processed;
    private final DeadLetterWriter deadLetters;
    private final ServiceStopping stopping;
    private final Duration maxBackoff;

    BatchIntake(
            TypedEnvelopes envelopes,
            ProcessedEvents processed,
            DeadLetterWriter deadLetters,
            ServiceStopping stopping,
            @ConfigProperty(name = "jixiao.consumer.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this.envelopes = envelopes;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.stopping = stopping;
        this.maxBackoff = maxBackoff;
    }

    public <T> void process(String topic, ConsumerRecords<String, String> records, BatchHandler<T> handler) {
        List<Consumed> batch = new ArrayList<>(records.count());
        Map<String, Class<?>> dataTypes = handler.dataTypes(); // once a batch: handlers build it on each call
        for (ConsumerRecord<String, String> record : records) {
            try {
                batch.add(new Consumed(record, envelopes.parse(record.value(), dataTypes)));
            } catch (PoisonMessageException e) {
                deadLetters.send(record, e.getMessage());
            }
        }
        if (!batch.isEmpty()) {
            isolate(topic, batch, handler);
        }
    }

    private <T> void isolate(String topic, List<Consumed> batch, BatchHandler<T> handler) {
        try {
            List<Checked.Rejected> rejected = commitWithRetry(topic, batch, handler);
            rejected.forEach(r -> deadLetters.send(r.consumed().record(), r.reason()));
        } catch (RuntimeException e) {
            if (stopping.now()) {
                holdUntilTheProcessEnds(topic, batch.size(), e);
            }
            if (batch.size() == 1) {
                deadLetters.send(batch.get(0).record(), reason(e));
                return;
            }
            LOG.warnf("batch of %d from %s failed (%s); applying it by halves", batch.size(), topic, reason(e));
            int half = batch.size() / 2;
            isolate(topic, batch.subList(0, half), handler);
            isolate(topic, batch.subList(half, batch.size()), handler);
        }
    }

    /** One transaction for the batch; a passing failure rolls it back and runs it again after a pause. */
    private <T> List<Checked.Rejected> commitWithRetry(String topic, List<Consumed> batch, BatchHandler<T> handler) {
        return TransientFailures.retry(
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Checked<T> checked = handler.check(batch);
                    handler.apply(firstSeen(topic, checked.accepted(), handler));
                    return checked.rejected();
                }),
                maxBackoff,
                TransientFailures::pause,
                backoff -> LOG.warnf(
                        "database unavailable while applying %d from %s, retrying in %s",
                        batch.size(), topic, backoff));
    }

    /**
     * The accepted items to apply, in order: those logged in {@code processed_event} only if their event id is new
     * there; those that are their own log all of them ({@link BatchHandler#loggedAsProcessed}).
     */
    private <T> List<Checked.Item<T>> firstSeen(String topic, List<Checked.Item<T>> accepted, BatchHandler<T> handler) {
        List<Checked.Item<T>> logged = accepted.stream()
                .filter(item -> handler.loggedAsProcessed(item.data()))
                .toList();
        Set<Checked.Item<T>> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(
                processed.claim(topic, logged, item -> item.consumed().event().eventId()));
        return accepted.stream()
                .filter(item -> fresh.contains(item) || !handler.loggedAsProcessed(item.data()))
                .toList();
    }

    /**
     * Never returns: returning would acknowledge the batch, and throwing would hand it to the connector's failure
     * strategy, which dead-letters. The process is ending; its exit ends this thread.
     */
    private static void holdUntilTheProcessEnds(String topic, int records, RuntimeException failure) {
        LOG.infof(
                "stopping: %d record(s) of %s left unacknowledged (%s); they are delivered again after the restart",
                records, topic, reason(failure));
        while (true) {
            Thread.interrupted();
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof PoisonMessageException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof PoisonMessageException) {
                return root.getMessage();
            }
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
