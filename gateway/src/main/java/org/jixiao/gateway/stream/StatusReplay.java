package org.jixiao.gateway.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jixiao.events.Topics;

/**
 * Reads from Kafka what a reconnecting client missed: every status event at or after its cursor and before the
 * position it is live from, matching its filter. Blocking: runs on a worker thread, with a consumer of its own.
 */
@ApplicationScoped
public class StatusReplay {

    private static final Duration POLL = Duration.ofMillis(200);

    private final StatusTopicConsumers consumers;
    private final StreamConfig config;

    StatusReplay(StatusTopicConsumers consumers, StreamConfig config) {
        this.consumers = consumers;
        this.config = config;
    }

    /** The missed events in a publication order: per partition by offset, across partitions by timestamp. */
    public List<StatusRecord> between(StreamCursor from, StreamCursor until, StreamFilter filter)
            throws TimeoutException {
        Map<TopicPartition, Long> ends = new HashMap<>();
        until.nextOffsets().forEach((partition, end) -> {
            if (from.nextOffset(partition).orElse(0L) < end) {
                ends.put(new TopicPartition(Topics.STATUS_EVENTS, partition), end);
            }
        });
        if (ends.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<StatusRecord>> byPartition = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumers.create("replay")) {
            consumer.assign(ends.keySet());
            for (TopicPartition tp : ends.keySet()) {
                from.nextOffset(tp.partition())
                        .ifPresentOrElse(o -> consumer.seek(tp, o), () -> consumer.seekToBeginning(List.of(tp)));
            }
            Instant deadline = Instant.now().plus(config.replayTimeout());
            while (!ends.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException(
                            "replay did not reach the live position within " + config.replayTimeout());
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    Long end = ends.get(new TopicPartition(r.topic(), r.partition()));
                    // Records from the live position on reach the client through the hub, not through the replay.
                    if (end != null && r.offset() < end) {
                        StatusRecord.from(r)
                                .filter(filter::matches)
                                .ifPresent(e -> byPartition
                                        .computeIfAbsent(e.partition(), p -> new ArrayList<>())
                                        .add(e));
                    }
                }
                List<TopicPartition> done = ends.entrySet().stream()
                        .filter(e -> consumer.position(e.getKey()) >= e.getValue())
                        .map(Map.Entry::getKey)
                        .toList();
                consumer.pause(done);
                done.forEach(ends::remove);
            }
        }
        return mergeByTimestamp(byPartition);
    }

    /**
     * Interleaves the partitions' records by timestamp, keeping each partition's own order (which is all Kafka
     * guarantees), so a client sees the changes of different subjects roughly as they happened.
     */
    static List<StatusRecord> mergeByTimestamp(Map<Integer, List<StatusRecord>> byPartition) {
        List<List<StatusRecord>> lists = new ArrayList<>(byPartition.values());
        int[] heads = new int[lists.size()];
        List<StatusRecord> merged = new ArrayList<>();
        while (true) {
            int pick = -1;
            for (int i = 0; i < lists.size(); i++) {
                if (heads[i] < lists.get(i).size()
                        && (pick < 0
                                || earlier(
                                        lists.get(i).get(heads[i]),
                                        lists.get(pick).get(heads[pick])))) {
                    pick = i;
                }
            }
            if (pick < 0) {
                return merged;
            }
            merged.add(lists.get(pick).get(heads[pick]++));
        }
    }

    private static boolean earlier(StatusRecord a, StatusRecord b) {
        return a.timestamp() != b.timestamp() ? a.timestamp() < b.timestamp() : a.partition() < b.partition();
    }
}
