package org.jixiao.monitoring.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.jixiao.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of monitoring-service in one consumer group on one database share the work: Kafka splits the
 * partitions of each topic between them. One of them is killed with SIGKILL in the middle of the reports and not
 * restarted; the survivor takes over its partitions, and what is left behind is what a single instance leaves behind
 * for the same events (the kill -9 comparison's state, row for row): nothing lost, nothing counted twice. The runs
 * are those of {@link ReplayRuns}.
 */
class ScaleOutIT {
    static ReplayRuns run;

    @BeforeAll
    static void runTheScaledOutPairBesideTheReference() throws Exception {
        run = ReplayRuns.get();
    }

    @Test
    void twoInstancesSplitThePartitionsOfEveryTopic() {
        for (String topic : List.of(Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS, Topics.PROGRESS_EVENTS)) {
            List<Set<TopicPartition>> members = run.scaledOutSplit.get(topic);
            assertThat(members)
                    .as(topic + ": the consumers of both instances")
                    .hasSize(2 * PartitionSplit.consumersPerInstance(topic));
            assertThat(members).as(topic + ": each consumer holds partitions").allMatch(p -> !p.isEmpty());
            assertThat(members.stream().flatMap(Set::stream))
                    .as(topic + ": every partition once")
                    .doesNotHaveDuplicates()
                    .hasSize(PartitionSplit.PARTITIONS);
        }
    }

    @Test
    void theSurvivorOfASigkillTakesOverEveryPartition() {
        for (String topic : List.of(Topics.PROJECT_EVENTS, Topics.INDICATOR_EVENTS, Topics.PROGRESS_EVENTS)) {
            List<Set<TopicPartition>> members = run.survivorSplit.get(topic);
            assertThat(members)
                    .as(topic + ": the survivor's consumers only")
                    .hasSize(PartitionSplit.consumersPerInstance(topic));
            assertThat(members.stream().flatMap(Set::stream))
                    .as(topic + ": all its partitions")
                    .doesNotHaveDuplicates()
                    .hasSize(PartitionSplit.PARTITIONS);
        }
    }

    @Test
    void twoInstancesOneOfThemKilledLeaveTheStateOfOne() {
        for (String query : KillNineIT.STATE) {
            assertThat(run.scaledOut.query(query)).as(query).isNotEmpty().isEqualTo(run.reference.query(query));
        }
        assertThat(run.scaledOut.count("SELECT count(*) FROM progress_report")).isEqualTo(Scenario.REPORTS);
        assertThat(DeadLetters.count(run.infra.kafkaClient())).isZero();
    }
}
