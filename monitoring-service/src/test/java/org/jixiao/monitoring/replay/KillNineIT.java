package org.jixiao.monitoring.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.monitoring.replay.StatusEventLog.Published;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: killing monitoring-service with SIGKILL in the middle of 10,000 reports and restarting it leaves the same
 * state as an uninterrupted run: no report lost, none counted twice, each status change announced once.
 */
class KillNineIT {
    /** The state a person sees; only the times at which each run happened to write a row are left out. */
    static final List<String> STATE = List.of(
            "SELECT id, indicator_id, project_id, as_of, value, numeric_value, likelihood, deviation_category, "
                    + "deviation_reason, corrective_action, forecast, corrects, reporter, reported_at "
                    + "FROM progress_report ORDER BY id",
            "SELECT event_id, topic FROM processed_event ORDER BY event_id",
            "SELECT subject, subject_id, project_id, unit_code, status, warning, score, grade "
                    + "FROM current_status ORDER BY subject, subject_id",
            "SELECT * FROM mon_project ORDER BY id",
            "SELECT * FROM mon_indicator ORDER BY id",
            "SELECT * FROM mon_budget_execution ORDER BY project_id, as_of");

    static ReplayRuns run;

    @BeforeAll
    static void killAndRestartInTheMiddleOfTheReports() throws Exception {
        run = ReplayRuns.get();
    }

    @Test
    void theServiceWasKilledWhileConsumingTheReports() {
        assertThat(run.storedWhenKilled).isBetween((long) ReplayRuns.KILL_AFTER, Scenario.REPORTS - 1L);
    }

    @Test
    void noReportIsLostAndNoneIsStoredTwice() {
        List<String> ids = run.killed.query("SELECT id FROM progress_report").stream()
                .map(row -> row.get(0))
                .toList();
        assertThat(ids).hasSize(Scenario.REPORTS).doesNotHaveDuplicates();
        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(
                        run.scenario.reportIds().stream().map(UUID::toString).toList());
        // Reports are logged by their own rows; every other event in processed_event, once.
        assertThat(run.killed.count("SELECT count(*) FROM processed_event"))
                .isEqualTo(run.scenario.allIds().size() - Scenario.REPORTS);
        assertThat(DeadLetters.count(run.infra.kafkaClient()))
                .as("records dead-lettered by either run")
                .isZero();
    }

    @Test
    void leavesTheSameStateAsTheUninterruptedRun() {
        for (String query : STATE) {
            List<List<String>> interrupted = run.killed.query(query);
            assertThat(interrupted).as(query).isNotEmpty().isEqualTo(run.reference.query(query));
        }
    }

    @Test
    void announcesEachStatusChangeExactlyOnce() {
        List<Published> log = StatusEventLog.readAll(run.infra.kafkaClient());
        Map<String, List<JsonNode>> killed = chains(log, outboxIds(run.killed));
        Map<String, List<JsonNode>> reference = chains(log, outboxIds(run.reference));
        assertThat(killed.keySet()).isEqualTo(reference.keySet());

        Map<String, List<String>> current = new LinkedHashMap<>();
        run.killed
                .query("SELECT subject || ':' || subject_id, status, warning, score, grade FROM current_status")
                .forEach(row -> current.put(row.get(0), row.subList(1, 5)));
        killed.forEach((key, events) -> {
            // Each change starts where the one before ended: a change counted twice would start from its own end.
            JsonNode first = events.get(0).get("previous");
            assertThat(first == null || first.isNull())
                    .as(key + " starts from nothing")
                    .isTrue();
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).get("previous"))
                        .as(key + " change " + i + " starts where change " + (i - 1) + " ended")
                        .isEqualTo(events.get(i - 1).get("current"));
            }
            assertThat(snapshot(events.get(events.size() - 1).get("current")))
                    .as(key + " ends in its stored status")
                    .isEqualTo(current.get(key));
            if (!key.startsWith("unit:")) {
                // Reports are consumed in batches and a subject's intermediate statuses within one batch collapse
                // into its final one (docs/operations.md), so the two runs, cut into batches differently, may take
                // different steps; each step still names a report of the subject's own project, at most once.
                assertThat(reportsOfProject(transitionsByReports(events)))
                        .as(key + " changed only by reports of its project")
                        .allMatch(reports -> reports.equals(projectOf(events)));
            }
        });
    }

    private static Set<UUID> outboxIds(Database db) {
        Set<UUID> ids = new HashSet<>();
        db.query("SELECT event_id FROM outbox_event").forEach(row -> ids.add(UUID.fromString(row.get(0))));
        return ids;
    }

    /**
     * The run's status events per subject in publication order, each event once: the relay may publish an event
     * again after a crash (same event id), which a consumer drops. Every event of the run's outbox must be there.
     */
    private static Map<String, List<JsonNode>> chains(List<Published> log, Set<UUID> ofRun) {
        Set<UUID> seen = new HashSet<>();
        Map<String, List<JsonNode>> chains = new LinkedHashMap<>();
        for (Published p : log) {
            if (ofRun.contains(p.eventId()) && seen.add(p.eventId())) {
                chains.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.data());
            }
        }
        assertThat(seen)
                .as("every status event of the run's outbox is on status-events")
                .isEqualTo(ofRun);
        return chains;
    }

    private static List<String> reportsOfProject(List<String> transitions) {
        return transitions.stream()
                .map(t -> run.scenario.projectOfReport(UUID.fromString(t.substring(0, t.indexOf(':')))))
                .toList();
    }

    private static String projectOf(List<JsonNode> events) {
        return events.get(0).get("projectId").asText();
    }

    private static List<String> transitionsByReports(List<JsonNode> events) {
        List<String> transitions = events.stream()
                .filter(e -> "REPORT".equals(e.at("/cause/type").asText()))
                .map(e -> e.at("/cause/reportId").asText() + ": " + e.get("previous") + " -> " + e.get("current"))
                .toList();
        assertThat(transitions.stream().map(t -> t.substring(0, t.indexOf(':'))).collect(Collectors.toList()))
                .as("one event per report and subject")
                .doesNotHaveDuplicates();
        return transitions;
    }

    private static List<String> snapshot(JsonNode current) {
        List<String> values = new ArrayList<>();
        for (String field : List.of("status", "warning", "score", "grade")) {
            JsonNode value = current.get(field);
            if (value == null || value.isNull()) {
                values.add(null);
            } else {
                // Scores are NUMERIC(7,2) in the table and plain JSON numbers in the event.
                values.add(value.isNumber() ? value.decimalValue().setScale(2).toPlainString() : value.asText());
            }
        }
        return values;
    }
}
