package org.jixiao.gateway.stream;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.jixiao.events.Topics;

/**
 * Reads {@code status-events} live, once per gateway, and hands every status event to all connected clients. One
 * thread owns the consumer (a KafkaConsumer is single-threaded). It starts at the end of the topic: history is served
 * per client from Kafka by {@link StatusReplay}, never kept in memory.
 *
 * <p>The live position and the listener list change under one lock, so a new subscriber learns exactly the position
 * from which it will be told everything: all events before it were published before it subscribed, all events from
 * it reach its listener. That is what makes replay + live gap-free.
 */
@ApplicationScoped
public class StatusEventHub {

    private static final Logger LOG = Logger.getLogger(StatusEventHub.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** What a new client gets: the position it is live from, and how to stop listening. */
    public record Subscription(StreamCursor liveFrom, Runnable cancel) {}

    private final StatusTopicConsumers consumers;
    private final StreamConfig config;
    private final Object lock = new Object();
    private final List<Consumer<StatusRecord>> listeners = new CopyOnWriteArrayList<>();
    private StreamCursor live; // guarded by lock; null until the consumer found its start
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    StatusEventHub(StatusTopicConsumers consumers, StreamConfig config) {
        this.consumers = consumers;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("status stream disabled (jixiao.stream.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "status-stream-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        stopping.countDown();
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            // Not an interrupt: that would break the consumer's own orderly close.
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
        }
    }

    /** Registers a listener (called on the consumer thread: it must not block), or empty while Kafka is unknown. */
    public Optional<Subscription> subscribe(Consumer<StatusRecord> listener) {
        synchronized (lock) {
            if (live == null) {
                return Optional.empty();
            }
            listeners.add(listener);
            return Optional.of(new Subscription(live, () -> listeners.remove(listener)));
        }
    }

    /** True once the consumer knows where the topic ends, i.e. clients can subscribe. */
    public boolean isLive() {
        synchronized (lock) {
            return live != null;
        }
    }

    public int subscribers() {
        return listeners.size();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = consumers.create("stream")) {
                consumer = c;
                position(c);
                while (running) {
                    publish(c.poll(POLL));
                }
            } catch (WakeupException | InterruptException stopping) {
                return;
            } catch (KafkaException | IllegalStateException e) {
                LOG.warnf("status stream consumer failed, retrying in %s: %s", RETRY, e.toString());
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    /**
     * Starts at the end of the topic the first time; after a consumer failure at the position already published,
     * so live clients miss nothing in between.
     */
    private void position(KafkaConsumer<String, String> c) {
        List<TopicPartition> partitions = awaitPartitions(c);
        c.assign(partitions);
        StreamCursor resumeAt;
        synchronized (lock) {
            resumeAt = live;
        }
        if (resumeAt == null) {
            c.seekToEnd(partitions);
        } else {
            partitions.forEach(tp -> resumeAt.nextOffset(tp.partition())
                    .ifPresentOrElse(o -> c.seek(tp, o), () -> c.seekToBeginning(List.of(tp))));
        }
        Map<Integer, Long> start = new HashMap<>();
        partitions.forEach(tp -> start.put(tp.partition(), c.position(tp)));
        synchronized (lock) {
            live = StreamCursor.of(start);
        }
        LOG.infof("status stream live on %s from %s", Topics.STATUS_EVENTS, live);
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> c) {
        boolean warned = false;
        while (running) {
            List<PartitionInfo> infos = c.partitionsFor(Topics.STATUS_EVENTS, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
            }
            if (!warned) {
                LOG.warnf("topic %s not found yet; the status stream waits for it", Topics.STATUS_EVENTS);
                warned = true;
            }
            pause();
        }
        throw new WakeupException();
    }

    private void publish(ConsumerRecords<String, String> records) {
        if (records.isEmpty()) {
            return;
        }
        // Parsed outside the lock; only the hand-over to listeners and the position move happen inside it.
        List<StatusRecord> events = new ArrayList<>();
        Map<Integer, Long> consumed = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            StatusRecord.from(r).ifPresent(events::add);
            consumed.merge(r.partition(), r.offset() + 1, Math::max);
        }
        synchronized (lock) {
            for (StatusRecord event : events) {
                for (Consumer<StatusRecord> listener : listeners) {
                    try {
                        listener.accept(event);
                    } catch (RuntimeException e) {
                        // One broken client must not stop the stream for everybody else.
                        LOG.warnf("status stream listener failed: %s", e.toString());
                    }
                }
            }
            live = live.max(StreamCursor.of(consumed));
        }
    }

    private void pause() {
        try {
            if (stopping.await(RETRY.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new WakeupException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }
}
