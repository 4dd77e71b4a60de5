package org.jixiao.monitoring.status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    /** An existing mark keeps its first cause; the no-op update waits out a pass that is unmarking the project. */
    private static final String MARK_KEPT =
            "ON CONFLICT (project_id) DO UPDATE SET cause_type = pending_refresh.cause_type";

    private final EntityManager em;
    private final StatusTracker tracker;
    private final ProjectViews views;

    PendingRefreshes(EntityManager em, StatusTracker tracker, ProjectViews views) {
        this.em = em;
        this.tracker = tracker;
        this.views = views;
    }

    /**
     * Marks the project; the first cause of a burst is the one its status events name. The no-op update on an
     * existing mark is what makes this wait while a re-evaluation that has not seen this transaction's change is
     * unmarking the project; once that commits, the mark is inserted again (DO NOTHING would neither wait nor mark).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(long projectId, Cause causeType, UUID causeEvent) {
        em.createNativeQuery("INSERT INTO pending_refresh (project_id, cause_type, cause_event) VALUES (:p, :t, :e) "
                        + MARK_KEPT)
                .setParameter("p", projectId)
                .setParameter("t", causeType.name())
                .setParameter("e", causeEvent)
                .executeUpdate();
    }

    void reevaluateAllOnStart(@Observes StartupEvent started) throws SQLException {
        reevaluateAll();
    }

    /**
     * What a start does (public for the test that shows it without a restart): another build or other rules may
     * evaluate differently, so what an earlier run stored is dropped and every project marked, and this pass stores
     * each answer again within moments (100,000 projects in about 80 s). Without the marks a project nothing touches
     * again (one whose period has ended) would be evaluated on every read for good. Status events follow only where
     * this start judges differently, with cause {@code SERVICE_STARTED}.
     */
    public void reevaluateAll() throws SQLException {
        views.forgetAll();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO pending_refresh (project_id, cause_type) "
                                + "SELECT id, :t FROM mon_project " + MARK_KEPT)
                        .setParameter("t", Cause.SERVICE_STARTED.name())
                        .executeUpdate());
    }

    @Scheduled(
            every = "${jixiao.status.deferred-refresh-every:300ms}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void drain() {
        try {
            int claimed;
            do {
                claimed = QuarkusTransaction.requiringNew().call(this::refreshMarked);
            } while (claimed == StatusTracker.PROJECTS_PER_TRANSACTION);
        } catch (RuntimeException e) {
            LOG.warnf("deferred re-evaluation paused, will retry: %s", e.getMessage());
        }
    }

    /**
     * Re-evaluates up to a batch of marked projects (oldest mark first) together and unmarks them, in one transaction:
     * their inputs are read in a few queries for all of them. Like a consumer's, it holds the marks' rows, then the
     * projects' locks and then their units', in id order, so the two can never deadlock. Projects another instance is
     * re-evaluating right now are skipped. Returns how many marks it claimed.
     */
    private int refreshMarked() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT project_id, cause_type, cause_event FROM pending_refresh "
                        + "ORDER BY requested_at LIMIT " + StatusTracker.PROJECTS_PER_TRANSACTION
                        + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, Reason> causes = new TreeMap<>();
        for (Object[] row : rows) {
            causes.put(((Number) row[0]).longValue(), new Reason(Cause.valueOf((String) row[1]), (UUID) row[2], null));
        }
        tracker.refresh(causes, null);
        em.createNativeQuery("DELETE FROM pending_refresh WHERE project_id = ANY(CAST(:p AS bigint[]))")
                .setParameter(
                        "p",
                        causes.keySet().stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .executeUpdate();
        return rows.size();
    }
}
