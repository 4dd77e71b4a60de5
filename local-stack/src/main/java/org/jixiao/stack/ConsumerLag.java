package org.jixiao.stack;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a consumer group has not yet committed on some topics. A group commits an offset only after the
 * record's database transaction, so a lag of 0 means everything that was on the topics has been applied.
 */
final class ConsumerLag implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    ConsumerLag(String bootstrapServers, Map<String, Object> login) {
        Map<String, Object> settings = new HashMap<>(login);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "jixiao-rebuild-lag");
        admin = Admin.create(settings);
    }

    /** Records on {@code topics} after the group's committed offsets, summed over all partitions. */
    long of(String group, Collection<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        for (TopicDescription topic :
                get(admin.describeTopics(topics).allTopicNames()).values()) {
            topic.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(topic.name(), p.partition());
                latest.put(tp, OffsetSpec.latest());
                earliest.put(tp, OffsetSpec.earliest());
            });
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends =
                get(admin.listOffsets(latest).all());
        Map<TopicPartition, ListOffsetsResultInfo> starts =
                get(admin.listOffsets(earliest).all());
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        long lag = 0;
        for (TopicPartition tp : latest.keySet()) {
            long start = starts.get(tp).offset();
            OffsetAndMetadata offset = committed.get(tp);
            // Nothing committed yet: the group starts at the earliest record still kept (auto.offset.reset=earliest).
            long position = offset == null ? start : Math.max(offset.offset(), start);
            lag += Math.max(0, ends.get(tp).offset() - position);
        }
        return lag;
    }

    /** Forgets a finished rebuild's group, so that its offsets do not linger in the broker. */
    void deleteGroup(String group) throws ExecutionException, InterruptedException {
        get(admin.deleteConsumerGroups(List.of(group)).all());
    }

    private static <T> T get(KafkaFuture<T> future) throws ExecutionException, InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ExecutionException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
