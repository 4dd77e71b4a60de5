package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jixiao.events.EventTypes;
import org.jixiao.events.StatusChanged;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.StatusChanged.Snapshot;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/**
 * Re-evaluates a project (its indicators, itself and its unit) after something changed, and emits a
 * {@code StatusChanged} event through the outbox only for subjects whose status, warning, score or grade changed.
 * Runs inside the consumer's transaction, so the new state, the event and the processed event id commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StatusTracker {
    private final StatusEvaluator evaluator;
    private final StatusStore store;
    private final Outbox outbox;

    StatusTracker(StatusEvaluator evaluator, StatusStore store, Outbox outbox) {
        this.evaluator = evaluator;
        this.store = store;
        this.outbox = outbox;
    }

    /** Re-evaluates as of today (within the project period). */
    public void refresh(long projectId, Reason cause) {
        refresh(projectId, null, cause);
    }

    /** Re-evaluates as of {@code day}, or today when null (never after the project period). */
    public void refresh(long projectId, LocalDate day, Reason cause) {
        // Consumers of different topics refresh the same project concurrently; one at a time per project, so that
        // each sees what the other committed (a target may arrive before its project, or the other way round).
        store.lock("project:" + projectId);
        MonProject project = MonProject.findById(projectId);
        if (project == null) {
            return;
        }
        LocalDate on =
                day == null ? evaluator.day(project, null) : project.period().clamp(day);
        ProjectStatusView view = evaluator.project(project, on);
        // The project lock is held, so the indicators' snapshots can be read all at once (a project may have
        // thousands of indicators).
        Map<String, Snapshot> before = store.indicatorsOf(projectId);
        for (IndicatorStatusView indicator : view.indicators()) {
            String id = Long.toString(indicator.indicatorId());
            Snapshot now = new Snapshot(indicator.status().name(), null, null, null);
            publishIfChanged(
                    StatusChanged.INDICATOR,
                    id,
                    project.id,
                    project.unitCode,
                    project.fiscalYear,
                    on,
                    cause,
                    before.get(id),
                    now);
        }
        track(
                StatusChanged.PROJECT,
                Long.toString(projectId),
                project,
                on,
                cause,
                new Snapshot(view.status().name(), view.warning().name(), view.score(), view.grade()));
        refreshUnit(project, on, cause);
    }

    /** The unit's roll-up of the project's fiscal year: subject id {@code <code>:<year>}. */
    private void refreshUnit(MonProject project, LocalDate on, Reason cause) {
        String unitId = project.unitCode + ":" + project.fiscalYear;
        store.lock("unit:" + unitId);
        Status status = null;
        Warning warning = Warning.NONE;
        for (StatusStore.ProjectState state : store.projectsOfUnit(project.unitCode, project.fiscalYear)) {
            status = Status.worst(status, state.status());
            warning = state.warning().compareTo(warning) > 0 ? state.warning() : warning;
        }
        Snapshot now = new Snapshot((status == null ? Status.NO_TARGET : status).name(), warning.name(), null, null);
        publishIfChanged(
                StatusChanged.UNIT,
                unitId,
                null,
                project.unitCode,
                project.fiscalYear,
                on,
                cause,
                store.current(StatusChanged.UNIT, unitId),
                now);
    }

    private void track(String subject, String subjectId, MonProject project, LocalDate on, Reason cause, Snapshot now) {
        publishIfChanged(
                subject,
                subjectId,
                project.id,
                project.unitCode,
                project.fiscalYear,
                on,
                cause,
                store.current(subject, subjectId),
                now);
    }

    private void publishIfChanged(
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
        store.save(subject, subjectId, projectId, unitCode, now, on);
        StatusChanged event =
                new StatusChanged(subject, subjectId, projectId, unitCode, on, before, now, cause, fiscalYear);
        outbox.append(Topics.STATUS_EVENTS, event.key(), EventTypes.STATUS_CHANGED, StatusChanged.VERSION, event);
    }
}
