package org.jixiao.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.monitoring.status.PendingRefreshes;
import org.jixiao.monitoring.status.StatusTracker;

/** Re-evaluates a project after a consumed event, now or in the deferred pass ({@link EvaluationConfig}). */
@ApplicationScoped
public class Reevaluation {
    private final StatusTracker tracker;
    private final PendingRefreshes refreshes;
    private final boolean deferred;

    Reevaluation(StatusTracker tracker, PendingRefreshes refreshes, EvaluationConfig config) {
        this.tracker = tracker;
        this.refreshes = refreshes;
        this.deferred = config.deferred();
    }

    /** Inside the consumer's transaction, like everything the consumer writes. */
    public void after(long projectId, Reason cause) {
        if (deferred) {
            refreshes.request(projectId, cause.type(), cause.reportId());
        } else {
            tracker.refresh(projectId, cause);
        }
    }
}
