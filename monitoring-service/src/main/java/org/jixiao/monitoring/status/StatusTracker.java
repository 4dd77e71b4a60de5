package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jixiao.events.EventTypes;
import org.jixiao.events.StatusChanged;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.StatusChanged.Snapshot;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.outbox.OutboxEntry;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/**
 * Re-evaluates projects (their indicators, themselves and their units) after something changed, and emits a
 * {@code StatusChanged} event through the outbox only for subjects whose status, warning, score or grade changed.
 * Many projects at once: their inputs are read in a few queries ({@link ProjectInputs}), each project is evaluated
 * once by the pure rules, and the changed snapshots and their events are written in one statement each, as is every
 * evaluated project's answer for status reads ({@link ProjectViews}). Runs inside
 * the caller's transaction, so the new state, the events and the processed event ids commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StatusTracker {
    /**
     * Projects re-evaluated together in one transaction by the passes over many projects (the deferred re-evaluation,
     * the date rollover): their inputs are read in a few queries for all of them.
     */
    static final int PROJECTS_PER_TRANSACTION = 100;

    private final StatusEvaluator evaluator;
    private final StatusStore store;
    private final ProjectInputs inputs;
    private final Outbox outbox;
    private final ProjectViews views;

    StatusTracker(
            StatusEvaluator evaluator, StatusStore store, ProjectInputs inputs, Outbox outbox, ProjectViews views) {
        this.evaluator = evaluator;
        this.store = store;
        this.inputs = inputs;
        this.outbox = outbox;
        this.views = views;
    }

    /**
     * Re-evaluates each project once, as of {@code day} (within its period) or today when null; its status events
     * name the project's cause (the last event of the batch that touched it: what the new state follows from).
     */
    public void refresh(Map<Long, Reason> causes, LocalDate day) {
        if (causes.isEmpty()) {
            return;
        }
        // Consumers of different topics (and instances) refresh the same project concurrently; one at a time per
        // project, so that each sees what the other committed. Locks in id order, projects before units.
        Map<Long, Reason> projects = new TreeMap<>(causes);
        store.lock(projects.keySet().stream().map(id -> "project:" + id).toList());
        Function<MonProject, LocalDate> dayOf = project ->
                day == null ? evaluator.day(project, null) : project.period().clamp(day);
        ProjectInputs.Loaded loaded = inputs.load(projects.keySet(), dayOf);
        Map<String, Snapshot> before = store.ofProjects(projects.keySet());
        Changes changes = new Changes();
        List<ProjectViews.Evaluated> evaluated = new ArrayList<>();
        Map<String, Touched> units = new TreeMap<>();
        projects.forEach((projectId, cause) -> {
            MonProject project = loaded.projects().get(projectId);
            if (project == null) {
                return;
            }
            LocalDate on = dayOf.apply(project);
            ProjectStatusView view = evaluator.project(
                    project,
                    loaded.targetsOf(projectId),
                    loaded.reportsOf(projectId),
                    loaded.spentAsOf(projectId, on),
                    on);
            evaluated.add(new ProjectViews.Evaluated(projectId, on, project.periodEnd, view));
            for (IndicatorStatusView indicator : view.indicators()) {
                String id = Long.toString(indicator.indicatorId());
                changes.track(
                        StatusChanged.INDICATOR,
                        id,
                        projectId,
                        project.unitCode,
                        project.fiscalYear,
                        on,
                        cause,
                        before.get(StatusChanged.INDICATOR + ":" + id),
                        new Snapshot(indicator.status().name(), null, null, null));
            }
            String id = Long.toString(projectId);
            changes.track(
                    StatusChanged.PROJECT,
                    id,
                    projectId,
                    project.unitCode,
                    project.fiscalYear,
                    on,
                    cause,
                    before.get(StatusChanged.PROJECT + ":" + id),
                    new Snapshot(view.status().name(), view.warning().name(), view.score(), view.grade()));
            units.put(
                    project.unitCode + ":" + project.fiscalYear,
                    new Touched(project.unitCode, project.fiscalYear, on, cause));
        });
        store.save(changes.rows);
        views.save(evaluated);
        refreshUnits(units, changes);
        outbox.appendAll(changes.events);
    }

    /**
     * A unit rolls up the stored statuses of its projects of one fiscal year (subject id {@code <code>:<year>}),
     * including the ones just saved.
     */
    private void refreshUnits(Map<String, Touched> units, Changes changes) {
        if (units.isEmpty()) {
            return;
        }
        store.lock(units.keySet().stream().map(id -> "unit:" + id).toList());
        Map<String, List<StatusStore.ProjectState>> projects = store.projectsOfUnits(units.keySet());
        Map<String, Snapshot> before = store.ofUnits(units.keySet());
        List<StatusStore.Row> saved = new ArrayList<>();
        int from = changes.rows.size();
        units.forEach((unitId, touched) -> {
            Status status = null;
            Warning warning = Warning.NONE;
            for (StatusStore.ProjectState state : projects.getOrDefault(unitId, List.of())) {
                status = Status.worst(status, state.status());
                warning = state.warning().compareTo(warning) > 0 ? state.warning() : warning;
            }
            String unitStatus = (status == null ? Status.NO_TARGET : status).name();
            changes.track(
                    StatusChanged.UNIT,
                    unitId,
                    null,
                    touched.unitCode(),
                    touched.fiscalYear(),
                    touched.on(),
                    touched.cause(),
                    before.get(StatusChanged.UNIT + ":" + unitId),
                    new Snapshot(unitStatus, warning.name(), null, null));
        });
        saved.addAll(changes.rows.subList(from, changes.rows.size()));
        store.save(saved);
    }

    private record Touched(String unitCode, int fiscalYear, LocalDate on, Reason cause) {}

    /** The subjects whose state changed, and their events in the order they are to be published. */
    private static final class Changes {
        final List<StatusStore.Row> rows = new ArrayList<>();
        final List<OutboxEntry> events = new ArrayList<>();

        void track(
                String subject,
                String subjectId,
                Long projectId,
                String unitCode,
                int fiscalYear,
                LocalDate on,
                Reason cause,
                Snapshot before,
                Snapshot now) {
            if (Objects.equals(before, now)) {
                return;
            }
            rows.add(new StatusStore.Row(subject, subjectId, projectId, unitCode, now, on));
            StatusChanged event =
                    new StatusChanged(subject, subjectId, projectId, unitCode, on, before, now, cause, fiscalYear);
            events.add(new OutboxEntry(
                    Topics.STATUS_EVENTS, event.key(), EventTypes.STATUS_CHANGED, StatusChanged.VERSION, event));
        }
    }
}
