package org.jixiao.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jixiao.events.Topics;

/**
 * Creates the topics of docs/architecture.md, "Topics". The broker has auto-creation off, so this is the one place that decides partitions
 * and cleanup policy. Idempotent: existing topics are left exactly as they are (never altered or recreated).
 */
public final class TopicSetup {
    // Six: enough for several monitoring instances in one consumer group to share each topic (keys are project ids).
    static final int PARTITIONS = 6;
    static final int DLQ_PARTITIONS = 1;
    private static final short REPLICATION = 1;

    private TopicSetup() {}

    /** The topics this stack needs, with partitions and configs. */
    public static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        // The event log is the source of truth: kept forever, so a rebuild (./jixiao rebuild) can replay it from
        // offset 0 however old the stack's data is (Kafka's default would delete records after a week).
        for (String name : List.of(Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS, Topics.PROGRESS_EVENTS)) {
            topics.add(new NewTopic(name, PARTITIONS, REPLICATION)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1")));
        }
        topics.add(new NewTopic(Topics.PROJECT_COMMANDS, PARTITIONS, REPLICATION));
        // Compacted: the latest status per key stays readable from offset 0 forever (a new dashboard replays it).
        topics.add(new NewTopic(Topics.STATUS_EVENTS, PARTITIONS, REPLICATION)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        // One partition: dead letters are rare and read by a person in arrival order.
        for (String name : List.of(
                Topics.PROJECT_EVENTS,
                Topics.INDICATOR_EVENTS,
                Topics.PROGRESS_EVENTS,
                Topics.STATUS_EVENTS,
                Topics.PROJECT_COMMANDS)) {
            topics.add(new NewTopic(Topics.deadLetter(name), DLQ_PARTITIONS, REPLICATION));
        }
        return topics;
    }

    /** Creates the missing topics; returns the names it created (empty on a restart with existing data). */
    public static List<String> createMissing(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ExecutionException("listing Kafka topics timed out", e);
        }
        List<NewTopic> missing =
                topics().stream().filter(t -> !existing.contains(t.name())).toList();
        List<String> created = new ArrayList<>();
        var futures = admin.createTopics(missing).values();
        for (var entry : futures.entrySet()) {
            try {
                entry.getValue().get();
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                // Someone else created it between our list and create: the result is the same.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }
}
