package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jixiao.events.EventTypes;
import org.jixiao.events.StatusChanged;
import org.jixiao.events.StatusChanged.Cause;
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
    public void refresh(long projectId, Cause cause) {
        refresh(projectId, null, cause);
    }

    /** Re-evaluates as of {@code day}, or today when null (never after the project period). */
    public void refresh(long projectId, LocalDate day, Cause cause) {
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
            Snapshot now = new Snapshot(indicator.status(), null, null, null);
            publishIfChanged(StatusChanged.INDICATOR, id, project.id, project.unitCode, on, cause, before.get(id), now);
        }
        track(
                StatusChanged.PROJECT,
                Long.toString(projectId),
                project,
                on,
                cause,
                new Snapshot(view.status(), view.warning(), view.score(), view.grade()));
        refreshUnit(project, on, cause);
    }

    private void refreshUnit(MonProject project, LocalDate on, Cause cause) {
        store.lock("unit:" + project.unitCode);
        Status status = null;
        Warning warning = Warning.GREEN;
        for (Object[] row : store.projectsOfUnit(project.unitCode)) {
            status = Status.worst(status, Status.valueOf((String) row[0]));
            Warning w = Warning.valueOf((String) row[1]);
            warning = w.compareTo(warning) > 0 ? w : warning;
        }
        String unitStatus = (status == null ? Status.NO_TARGET : status).name();
        track(
                StatusChanged.UNIT,
                project.unitCode,
                null,
                project.unitCode,
                on,
                cause,
                new Snapshot(unitStatus, warning.name(), null, null));
    }

    private void track(String subject, String subjectId, MonProject project, LocalDate on, Cause cause, Snapshot now) {
        track(subject, subjectId, project.id, project.unitCode, on, cause, now);
    }

    private void track(
            String subject,
            String subjectId,
            Long projectId,
            String unitCode,
            LocalDate on,
            Cause cause,
            Snapshot now) {
        publishIfChanged(subject, subjectId, projectId, unitCode, on, cause, store.current(subject, subjectId), now);
    }

    private void publishIfChanged(
            String subject,
            String subjectId,
            Long projectId,
            String unitCode,
            LocalDate on,
            Cause cause,
            Snapshot before,
            Snapshot now) {
        if (Objects.equals(before, now)) {
            return;
        }
        store.save(subject, subjectId, projectId, unitCode, now, on);
        StatusChanged event = new StatusChanged(subject, subjectId, projectId, unitCode, on, before, now, cause);
        outbox.append(Topics.STATUS_EVENTS, event.key(), EventTypes.STATUS_CHANGED, StatusChanged.VERSION, event);
    }
}
