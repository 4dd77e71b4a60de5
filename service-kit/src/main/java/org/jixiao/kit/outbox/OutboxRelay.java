package org.jixiao.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.events.EventHeaders;

/**
 * Publishes outbox rows to Kafka in the order they were written and marks them published in the same transaction
 * that locked them. A failure leaves the rows for the next pass: delivery is at least once and consumers drop
 * duplicates by event id. A transaction-scoped advisory lock keeps two instances from relaying at once, which would
 * break the order.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRows rows;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final boolean enabled;
    private final Transactions transactions;
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    /** Runs one pass in a new transaction, committed if it returns and rolled back if it throws. */
    @FunctionalInterface
    interface Transactions {
        int requiringNew(Callable<Integer> pass);
    }

    @Inject
    OutboxRelay(
            EntityManager em,
            Producer<String, String> producer,
            @ConfigProperty(name = "jixiao.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "jixiao.outbox.relay.enabled", defaultValue = "true") boolean enabled) {
        this(
                new JpaOutboxRows(em),
                producer,
                batchSize,
                enabled,
                pass -> QuarkusTransaction.requiringNew().call(pass));
    }

    OutboxRelay(
            OutboxRows rows,
            Producer<String, String> producer,
            int batchSize,
            boolean enabled,
            Transactions transactions) {
        this.rows = rows;
        this.producer = producer;
        this.batchSize = batchSize;
        this.enabled = enabled;
        this.transactions = transactions;
    }

    /** Low latency: relay right after a transaction that wrote to the outbox has committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        if (wakeupPending.compareAndSet(false, true)) {
            wakeups.submit(() -> {
                wakeupPending.set(false);
                relayAll();
            });
        }
    }

    /** Safety net: rows left by a failed pass or a crash are picked up here. */
    @Scheduled(
            every = "${jixiao.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        relayAll();
    }

    void onStop(@Observes ShutdownEvent event) {
        wakeups.shutdown();
    }

    /**
     * Relays until the outbox is empty or a pass fails; returns the number of events published. A disabled relay
     * (a rebuild replaying old events, which must not announce them again) leaves every row in the outbox.
     */
    public synchronized int relayAll() {
        if (!enabled) {
            return 0;
        }
        int total = 0;
        try {
            int published;
            do {
                published = transactions.requiringNew(this::relayBatch);
                total += published;
            } while (published == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay paused, will retry: %s", e.getMessage());
        }
        return total;
    }

    /**
     * One pass: sends the oldest rows in id order and waits for every acknowledgement before marking them. Any failed
     * send throws, so the transaction rolls back and all of the batch stays in the outbox for the next pass.
     */
    private int relayBatch() throws Exception {
        if (!rows.tryLock()) {
            return 0;
        }
        List<OutboxEvent> pending = rows.pending(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        for (OutboxEvent row : pending) {
            acks.add(producer.send(toRecord(row)));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        rows.markPublished(pending.stream().map(row -> row.id).toList());
        return pending.size();
    }

    static ProducerRecord<String, String> toRecord(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.messageKey, row.payload);
        record.headers()
                .add(EventHeaders.EVENT_ID, row.eventId.toString().getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_TYPE, row.eventType.getBytes(StandardCharsets.UTF_8))
                .add(
                        EventHeaders.EVENT_VERSION,
                        Integer.toString(row.eventVersion).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
