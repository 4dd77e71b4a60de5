package org.jixiao.monitoring.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.DedicatedInfra;

/** How Kafka has split the partitions of the consumed topics between the members of one consumer group. */
final class PartitionSplit {
    private static final int CONSUMED_TOPICS = 3;
    /** Partitions of each consumed topic (docs/operations.md, "Scale-out"). */
    static final int PARTITIONS = 6;

    private PartitionSplit() {}

    /**
     * The consumers one instance runs for a topic: two for {@code progress-events}
     * ({@code mp.messaging.incoming.progress-events.concurrency}), one for the others.
     */
    static int consumersPerInstance(String topic) {
        return Topics.PROGRESS_EVENTS.equals(topic) ? 2 : 1;
    }

    /**
     * Per topic, the partitions each member holds, once every consumed topic has the members of {@code instances}
     * instances and they hold all its partitions between them (while a dead instance is being noticed, the others keep
     * only their own).
     */
    static Map<String, List<Set<TopicPartition>>> settled(DedicatedInfra infra, String group, int instances)
            throws Exception {
        try (Admin admin = Admin.create(infra.kafkaClient())) {
            List<Map<String, List<Set<TopicPartition>>>> found = new ArrayList<>();
            Await.until(
                    () -> {
                        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                                .all()
                                .get()
                                .get(group);
                        Map<String, List<Set<TopicPartition>>> byTopic = description.members().stream()
                                .map(MemberDescription::assignment)
                                .map(a -> a.topicPartitions())
                                .filter(p -> !p.isEmpty())
                                .collect(Collectors.groupingBy(
                                        p -> p.iterator().next().topic(), Collectors.toList()));
                        found.clear();
                        found.add(byTopic);
                        return byTopic.size() == CONSUMED_TOPICS
                                && byTopic.entrySet().stream()
                                        .allMatch(topic -> topic.getValue().size()
                                                        == instances * consumersPerInstance(topic.getKey())
                                                && topic.getValue().stream()
                                                                .mapToInt(Set::size)
                                                                .sum()
                                                        == PARTITIONS);
                    },
                    Duration.ofMinutes(2),
                    instances + " instance(s) in " + group + " holding partitions of every topic");
            return found.get(0);
        }
    }
}
