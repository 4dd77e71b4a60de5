package org.jixiao.monitoring.status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jixiao.contracts.events.StatusChanged.Cause;

/**
 * Re-evaluation deferred by a moment: a change of targets marks its project (in the consumer's transaction), and a
 * frequent pass re-evaluates each marked project once, however many definitions arrived meanwhile. Reports are not
 * deferred: their status event must name them.
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

    /** Marks the project; the first cause of a burst is the one its status events name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(long projectId, String causeType, UUID causeEvent) {
        em.createNativeQuery("INSERT INTO pending_refresh (project_id, cause_type, cause_event) VALUES (:p, :t, :e) "
                        + "ON CONFLICT (project_id) DO NOTHING")
                .setParameter("p", projectId)
                .setParameter("t", causeType)
                .setParameter("e", causeEvent)
                .executeUpdate();
    }

    @Scheduled(
            every = "${jixiao.status.deferred-refresh-every:300ms}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        try {
            int done;
            do {
                done = QuarkusTransaction.requiringNew().call(this::refreshBatch);
            } while (done == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("deferred re-evaluation paused, will retry: %s", e.getMessage());
        }
    }

    /** Re-evaluates up to a batch of marked projects in one transaction, unmarking them. */
    private int refreshBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT project_id, cause_type, cause_event FROM pending_refresh "
                        + "ORDER BY requested_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        for (Object[] row : rows) {
            long projectId = ((Number) row[0]).longValue();
            tracker.refresh(projectId, new Cause((String) row[1], (UUID) row[2], null));
            em.createNativeQuery("DELETE FROM pending_refresh WHERE project_id = :p")
                    .setParameter("p", projectId)
                    .executeUpdate();
        }
        return rows.size();
    }
}
