package org.jixiao.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.monitoring.status.PendingRefreshes;
import org.jixiao.monitoring.status.StatusTracker;

/** Re-evaluates the projects a batch touched, now or in the deferred pass ({@link EvaluationConfig}). */
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

    /** Inside the consumer's transaction, like everything the consumer writes; each project once. */
    public void after(Map<Long, Reason> causes) {
        if (deferred) {
            // In id order, so that two batches marking the same projects lock their rows in the same order.
            new TreeMap<>(causes)
                    .forEach((projectId, cause) -> refreshes.request(projectId, cause.type(), cause.reportId()));
        } else {
            tracker.refresh(causes, null);
        }
    }
}
