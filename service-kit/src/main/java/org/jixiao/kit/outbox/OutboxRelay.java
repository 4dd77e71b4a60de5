package org.jixiao.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;
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
    private static final long RELAY_LOCK = 0x6a6978616fL;

    private final EntityManager em;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final boolean enabled;
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    OutboxRelay(
            EntityManager em,
            Producer<String, String> producer,
            @ConfigProperty(name = "jixiao.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "jixiao.outbox.relay.enabled", defaultValue = "true") boolean enabled) {
        this.em = em;
        this.producer = producer;
        this.batchSize = batchSize;
        this.enabled = enabled;
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
    @Scheduled(every = "${jixiao.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
                published = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += published;
            } while (published == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay paused, will retry: %s", e.getMessage());
        }
        return total;
    }

    private int relayBatch() throws Exception {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        // Read-only: the rows are marked published below in one statement, not one UPDATE each by dirty checking.
        List<OutboxEvent> pending = em.createQuery(
                        "from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                .setMaxResults(batchSize)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
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
        em.createQuery("update OutboxEvent set publishedAt = :now where id in :ids")
                .setParameter("now", Instant.now())
                .setParameter("ids", pending.stream().map(row -> row.id).toList())
                .executeUpdate();
        return pending.size();
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent row) {
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
