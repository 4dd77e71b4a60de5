package org.jixiao.monitoring.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code ./jixiao rebuild}: replaying every event from offset 0 into a fresh schema gives the live state, here the
 * state of the run that was killed and restarted in the middle of its reports; a row changed behind the service's back
 * is reported as a difference.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildIT {
    static ReplayRuns live;
    /** Kept by the first test for the second to compare against again. */
    static String rebuilt;

    @BeforeAll
    static void liveRun() throws Exception {
        live = ReplayRuns.get();
    }

    @Test
    @Order(1)
    void rebuildFromOffsetZeroEqualsTheLiveState() throws Exception {
        RebuildLauncher.Outcome outcome = RebuildLauncher.run(live, ReplayRuns.KILLED, "--keep");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("REBUILD-EQUAL");
        rebuilt = outcome.schema();
        Database db = live.killed;
        assertThat(db.count("SELECT count(*) FROM " + rebuilt + ".progress_report"))
                .isEqualTo(Scenario.REPORTS);
        assertThat(db.count("SELECT count(*) FROM " + rebuilt + ".current_status"))
                .isEqualTo(db.count("SELECT count(*) FROM current_status"));

        // It evaluated (its outbox holds the changes) but announced nothing, dead-lettered nothing, rolled no day over
        // and left no consumer group behind.
        assertThat(db.count("SELECT count(*) FROM " + rebuilt + ".outbox_event"))
                .isPositive();
        assertThat(db.count("SELECT count(*) FROM " + rebuilt + ".outbox_event WHERE published_at IS NOT NULL"))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM " + rebuilt + ".rollover_log"))
                .isZero();
        Set<UUID> announced = StatusEventLog.readAll(live.infra.kafkaClient()).stream()
                .map(StatusEventLog.Published::eventId)
                .collect(Collectors.toSet());
        db.query("SELECT event_id FROM " + rebuilt + ".outbox_event")
                .forEach(row -> assertThat(announced).doesNotContain(UUID.fromString(row.get(0))));
        assertThat(DeadLetters.count(live.infra.kafkaClient())).isZero();
        assertThat(consumerGroups()).noneMatch(group -> group.contains(rebuilt));
    }

    @Test
    @Order(2)
    void aRowChangedInTheLiveSchemaIsReportedAsADifference() {
        assertThat(rebuilt).as("schema kept by the first test").isNotNull();
        Database db = live.killed;
        String reportId = live.scenario.reportIds().get(200).toString();
        String value = db.query("SELECT value FROM progress_report WHERE id = ?::uuid", reportId)
                .get(0)
                .get(0);
        String projectId = Long.toString(Scenario.projectId(7));
        String status = db.query(
                        "SELECT status FROM current_status WHERE subject = 'project' AND subject_id = ?", projectId)
                .get(0)
                .get(0);
        String tampered = "ACHIEVED".equals(status) ? "OFF_TRACK" : "ACHIEVED";
        try {
            db.update("UPDATE progress_report SET value = '1台' WHERE id = ?::uuid", reportId);
            db.update(
                    "UPDATE current_status SET status = ? WHERE subject = 'project' AND subject_id = ?",
                    tampered,
                    projectId);

            RebuildLauncher.Outcome outcome = RebuildLauncher.run(live, ReplayRuns.KILLED, "--compare", rebuilt);

            assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
            assertThat(outcome.output())
                    .contains("REBUILD-DIFFERENT 2 table(s)")
                    .containsPattern("progress_report: 1 row\\(s\\) of the live schema not in the rebuild, 1 row")
                    .containsPattern("changed +\\[id=" + reportId + "\\] +value: live=1台 rebuilt=" + value + "\n")
                    .containsPattern("changed +\\[subject=project subject_id=" + projectId + "\\] +status: live="
                            + tampered + " rebuilt=" + status + "\n");
            assertThat(db.count("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?", rebuilt))
                    .as("the compared schema is dropped without --keep")
                    .isZero();
        } finally {
            db.update("UPDATE progress_report SET value = ? WHERE id = ?::uuid", value, reportId);
            db.update(
                    "UPDATE current_status SET status = ? WHERE subject = 'project' AND subject_id = ?",
                    status,
                    projectId);
        }
    }

    private static List<String> consumerGroups() throws Exception {
        try (Admin admin = Admin.create(live.infra.kafkaClient())) {
            return admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId)
                    .toList();
        }
    }
}
