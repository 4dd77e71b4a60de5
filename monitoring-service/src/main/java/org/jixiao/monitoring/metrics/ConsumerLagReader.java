package org.jixiao.monitoring.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
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
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Consumer lag as Kafka's own tools compute it: per partition, the end offset minus the group's committed offset
 * (or minus the earliest offset where the group committed nothing yet, since our consumers start at the earliest).
 */
final class ConsumerLagReader implements AutoCloseable {

    private final Admin admin;
    private final long timeoutMillis;

    /** @param connection bootstrap servers and login ({@code KafkaConnection#settings()}) */
    ConsumerLagReader(Map<String, Object> connection, String clientId, Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
        Map<String, Object> settings = new HashMap<>(connection);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        this.admin = Admin.create(settings);
    }

    /** Records the group has not committed yet, summed per topic; a topic that does not exist yet has none. */
    Map<String, Long> lag(String group, Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<String, Long> lag = new HashMap<>();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> described :
                admin.describeTopics(topics).topicNameValues().entrySet()) {
            lag.put(described.getKey(), 0L);
            TopicDescription description;
            try {
                description = await(described.getValue());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    continue; // nothing was ever published to it, so nothing is waiting
                }
                throw e;
            }
            description.partitions().forEach(p -> {
                TopicPartition partition = new TopicPartition(described.getKey(), p.partition());
                ends.put(partition, OffsetSpec.latest());
                if (committed.get(partition) == null) {
                    starts.put(partition, OffsetSpec.earliest());
                }
            });
        }
        if (ends.isEmpty()) {
            return lag;
        }
        Map<TopicPartition, ListOffsetsResultInfo> endOffsets =
                await(admin.listOffsets(ends).all());
        Map<TopicPartition, ListOffsetsResultInfo> startOffsets =
                starts.isEmpty() ? Map.of() : await(admin.listOffsets(starts).all());
        endOffsets.forEach((partition, end) -> {
            OffsetAndMetadata commit = committed.get(partition);
            long position = commit != null
                    ? commit.offset()
                    : startOffsets.get(partition).offset();
            lag.merge(partition.topic(), Math.max(0, end.offset() - position), Long::sum);
        });
        return lag;
    }

    private <T> T await(KafkaFuture<T> future) throws ExecutionException, InterruptedException, TimeoutException {
        return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofMillis(timeoutMillis));
    }
}
