package org.jixiao.monitoring.status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jixiao.events.Cause;
import org.jixiao.events.StatusChanged.Reason;

/**
 * Re-evaluation deferred by a moment: a change of targets marks its project (in the consumer's transaction), and a
 * frequent pass re-evaluates each marked project once, however many definitions arrived meanwhile. Reports are not
 * deferred in live operation (their status event must name them), only in a rebuild ({@code jixiao.evaluation}).
 */
@ApplicationScoped
public class PendingRefreshes {
    private static final Logger LOG = Logger.getLogger(PendingRefreshes.class);
    private static final int BATCH = 100;

    private final EntityManager em;
    private final StatusTracker tracker;

    PendingRefreshes(EntityManager em, StatusTracker tracker) {
        this.em = em;
        this.tracker = tracker;
    }

    /**
     * Marks the project; the first cause of a burst is the one its status events name. The no-op update on an
     * existing mark is what makes this wait while a re-evaluation that has not seen this transaction's change is
     * unmarking the project; once that commits, the mark is inserted again (DO NOTHING would neither wait nor mark).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(long projectId, Cause causeType, UUID causeEvent) {
        em.createNativeQuery("INSERT INTO pending_refresh (project_id, cause_type, cause_event) VALUES (:p, :t, :e) "
                        + "ON CONFLICT (project_id) DO UPDATE SET cause_type = pending_refresh.cause_type")
                .setParameter("p", projectId)
                .setParameter("t", causeType.name())
                .setParameter("e", causeEvent)
                .executeUpdate();
    }

    @Scheduled(
            every = "${jixiao.status.deferred-refresh-every:300ms}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        try {
            List<Long> marked;
            do {
                marked = QuarkusTransaction.requiringNew().call(this::marked);
                for (Long projectId : marked) {
                    QuarkusTransaction.requiringNew().run(() -> refresh(projectId));
                }
            } while (marked.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("deferred re-evaluation paused, will retry: %s", e.getMessage());
        }
    }

    /** Up to a batch of marked projects, oldest mark first. */
    @SuppressWarnings("unchecked")
    private List<Long> marked() {
        return ((List<Number>) em.createNativeQuery(
                                "SELECT project_id FROM pending_refresh ORDER BY requested_at LIMIT " + BATCH)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * Re-evaluates one marked project and unmarks it, in a transaction of its own: like a consumer's, it then holds
     * the locks of one project and its unit, taken in that order, so the two can never deadlock. A project another
     * instance is re-evaluating right now is skipped.
     */
    private void refresh(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT project_id, cause_type, cause_event FROM pending_refresh "
                        + "WHERE project_id = :p FOR UPDATE SKIP LOCKED")
                .setParameter("p", projectId)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = rows.get(0);
        tracker.refresh(projectId, new Reason(Cause.valueOf((String) row[1]), (UUID) row[2], null));
        em.createNativeQuery("DELETE FROM pending_refresh WHERE project_id = :p")
                .setParameter("p", projectId)
                .executeUpdate();
    }
}
