package org.jixiao.monitoring.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.events.Topics;

/**
 * In a rebuild the reports wait until the read model has been replayed: consuming all topics from offset 0 at once
 * would let a report overtake the definition of the indicator it names and be rejected as naming an unknown one. The
 * {@code progress-events} channel then starts paused (rebuild profile) and is resumed here once the consumers of
 * {@code project-events} and {@code indicator-events} have committed everything that was on their topics. Live, this
 * does nothing: a report names a target the service knew when it accepted it.
 */
@ApplicationScoped
public class ReadModelFirst {
    private static final Logger LOG = Logger.getLogger(ReadModelFirst.class);
    private static final Duration KAFKA_ANSWER = Duration.ofSeconds(10);

    private final ChannelRegistry channels;
    private final KafkaClientService kafka;
    private final boolean enabled;
    private volatile boolean released;

    ReadModelFirst(
            ChannelRegistry channels,
            KafkaClientService kafka,
            @ConfigProperty(name = "jixiao.rebuild.reports-after-read-model", defaultValue = "false") boolean enabled) {
        this.channels = channels;
        this.kafka = kafka;
        this.enabled = enabled;
    }

    @Scheduled(
            every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseReportsOnceReadModelIsReplayed() {
        if (!enabled || released) {
            return;
        }
        if (caughtUp(Topics.PROJECT_EVENTS) && caughtUp(Topics.INDICATOR_EVENTS)) {
            channels.getPausable(Topics.PROGRESS_EVENTS).resume();
            released = true;
            LOG.info("read model replayed: consuming the progress reports now");
        }
    }

    /** The channel's consumer holds every partition of its topic and has committed up to the end of each. */
    private boolean caughtUp(String channel) {
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
        if (consumer == null) {
            return false;
        }
        return consumer.runOnPollingThread(c -> {
                    Set<TopicPartition> assigned = c.assignment();
                    if (assigned.isEmpty()
                            || assigned.size() < c.partitionsFor(channel).size()) {
                        return false;
                    }
                    Map<TopicPartition, Long> start = c.beginningOffsets(assigned);
                    Map<TopicPartition, Long> end = c.endOffsets(assigned);
                    Map<TopicPartition, OffsetAndMetadata> committed = c.committed(assigned);
                    return assigned.stream().allMatch(tp -> {
                        OffsetAndMetadata offset = committed.get(tp);
                        return (offset == null ? start.get(tp) : offset.offset()) >= end.get(tp);
                    });
                })
                .await()
                .atMost(KAFKA_ANSWER);
    }
}
