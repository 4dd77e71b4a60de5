package org.jixiao.monitoring.status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jixiao.events.Cause;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.monitoring.readmodel.MonProject;

/**
 * Targets slip by time alone: a report grows stale (NOT_REPORTED), a deadline passes, the expected share of a
 * cumulative target grows. Once a day every running project (and each that ended the day before) is re-evaluated;
 * changes go out as status events with cause DATE_ROLLOVER. The check runs hourly and claims the day in the database,
 * so a service that was down at midnight catches up and several instances do it once.
 */
@ApplicationScoped
public class DateRollover {
    private static final Logger LOG = Logger.getLogger(DateRollover.class);

    private final StatusTracker tracker;
    private final EntityManager em;
    private final Clock clock;

    DateRollover(StatusTracker tracker, EntityManager em, Clock clock) {
        this.tracker = tracker;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(
            every = "${jixiao.rollover.check-every:1h}",
            delayed = "${jixiao.rollover.first-check-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        rollover(LocalDate.now(clock));
    }

    /** Re-evaluates the projects running on {@code day}, once per day; returns how many were re-evaluated. */
    public int rollover(LocalDate day) {
        if (!claim(day)) {
            return 0;
        }
        List<Long> running = QuarkusTransaction.requiringNew()
                .call(
                        () -> MonProject.<MonProject>list(
                                        "periodStart <= ?1 and periodEnd >= ?2 order by id", day, day.minusDays(1))
                                .stream()
                                .map(p -> p.id)
                                .toList());
        Reason cause = new Reason(Cause.DATE_ROLLOVER, null, day);
        // A batch of projects a transaction, their inputs read together, as the deferred re-evaluation does: at
        // 100,000 projects one transaction each took minutes (docs/benchmarks.md, "The daily rollover in batches").
        int batch = StatusTracker.PROJECTS_PER_TRANSACTION;
        for (int from = 0; from < running.size(); from += batch) {
            Map<Long, Reason> causes = new LinkedHashMap<>();
            running.subList(from, Math.min(running.size(), from + batch)).forEach(id -> causes.put(id, cause));
            QuarkusTransaction.requiringNew().run(() -> tracker.refresh(causes, day));
        }
        LOG.infof("date rollover %s: re-evaluated %d project(s)", day, running.size());
        return running.size();
    }

    private boolean claim(LocalDate day) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("INSERT INTO rollover_log (day) VALUES (:day) ON CONFLICT DO NOTHING")
                                .setParameter("day", day)
                                .executeUpdate()
                        == 1);
    }
}
