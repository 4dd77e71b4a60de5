package org.jixiao.monitoring.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.DedicatedInfra;
import org.junit.jupiter.api.Test;

/**
 * Two instances of monitoring-service in one consumer group on one database share the work: Kafka splits the
 * partitions of each topic between them, and what they leave behind is what a single instance leaves behind for the
 * same events (the kill -9 comparison's state, row for row).
 */
class ScaleOutIT {
    private static final String SHARED = "scale_two";
    private static final String SINGLE = "scale_one";
    private static final String GROUP = "scale-two";
    private static final Duration CATCH_UP = Duration.ofMinutes(8);

    @Test
    void twoInstancesSplitThePartitionsAndLeaveTheStateOfOne() throws Exception {
        try (DedicatedInfra infra = DedicatedInfra.start()) {
            infra.createDatabase(SHARED);
            infra.createDatabase(SINGLE);
            Scenario scenario = new Scenario();
            EventFeed.write(infra.bootstrapServers(), scenario.readModel);
            List<MonitoringJar> jars = List.of(
                    MonitoringJar.live("scale-first", infra, SHARED, GROUP),
                    MonitoringJar.live("scale-second", infra, SHARED, GROUP),
                    MonitoringJar.live("scale-single", infra, SINGLE, "scale-one"));
            try {
                CompletableFuture.allOf(jars.stream()
                                .map(jar -> CompletableFuture.runAsync(jar::start))
                                .toArray(CompletableFuture[]::new))
                        .join();
                Map<String, List<Set<TopicPartition>>> split = assignments(infra);
                for (String topic : List.of(Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS, Topics.PROGRESS_EVENTS)) {
                    List<Set<TopicPartition>> members = split.get(topic);
                    assertThat(members)
                            .as(topic + ": one consumer of each instance")
                            .hasSize(2);
                    assertThat(members)
                            .as(topic + ": each instance holds partitions")
                            .allMatch(p -> !p.isEmpty());
                    assertThat(members.get(0))
                            .as(topic + ": no partition twice")
                            .doesNotContainAnyElementsOf(members.get(1));
                    assertThat(members.get(0).size() + members.get(1).size())
                            .as(topic)
                            .isEqualTo(6);
                }
                Database shared = new Database(infra, SHARED);
                Database single = new Database(infra, SINGLE);
                // Reports are written once both know every target, as the intake would only accept them then.
                awaitReadModel(shared);
                awaitReadModel(single);
                EventFeed.write(infra.bootstrapServers(), scenario.reports);
                awaitEverything(shared, scenario);
                awaitEverything(single, scenario);
                for (String query : KillNineIT.STATE) {
                    assertThat(shared.query(query)).as(query).isNotEmpty().isEqualTo(single.query(query));
                }
                assertThat(shared.count("SELECT count(*) FROM progress_report")).isEqualTo(Scenario.REPORTS);
                assertThat(DeadLetters.count(infra.bootstrapServers())).isZero();
            } finally {
                jars.forEach(MonitoringJar::close);
            }
        }
    }

    /** Per topic, the partitions each member of the shared group holds, once the group has settled. */
    private static Map<String, List<Set<TopicPartition>>> assignments(DedicatedInfra infra) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            List<Map<String, List<Set<TopicPartition>>>> found = new ArrayList<>();
            Await.until(
                    () -> {
                        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP))
                                .all()
                                .get()
                                .get(GROUP);
                        Map<String, List<Set<TopicPartition>>> byTopic = group.members().stream()
                                .map(MemberDescription::assignment)
                                .map(a -> a.topicPartitions())
                                .filter(p -> !p.isEmpty())
                                .collect(Collectors.groupingBy(
                                        p -> p.iterator().next().topic(), Collectors.toList()));
                        found.clear();
                        found.add(byTopic);
                        return byTopic.values().stream().allMatch(m -> m.size() == 2) && byTopic.size() == 3;
                    },
                    Duration.ofMinutes(2),
                    "both instances holding partitions of every topic");
            return found.get(0);
        }
    }

    private static void awaitReadModel(Database db) {
        Await.until(
                () -> db.count("SELECT count(*) FROM mon_indicator") == Scenario.indicatorCount()
                        && db.count("SELECT count(*) FROM pending_refresh") == 0
                        && db.count("SELECT count(*) FROM current_status WHERE subject = 'indicator'")
                                == Scenario.indicatorCount(),
                CATCH_UP,
                "read model and first statuses in " + db.name);
    }

    private static void awaitEverything(Database db, Scenario scenario) {
        Await.until(
                () -> db.count("SELECT count(*) FROM processed_event")
                                == scenario.allIds().size()
                        && db.count("SELECT count(*) FROM pending_refresh") == 0
                        && db.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0,
                CATCH_UP,
                "all events processed by " + db.name);
    }
}
