package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.events.BudgetExecutionRecorded;

/** Cumulative spending per project and date, from {@code project-events}. */
@ApplicationScoped
public class BudgetExecutions {
    private final EntityManager em;

    BudgetExecutions(EntityManager em) {
        this.em = em;
    }

    public void record(BudgetExecutionRecorded execution) {
        em.createNativeQuery("INSERT INTO mon_budget_execution (project_id, as_of, spent) VALUES (:p, :d, :s) "
                        + "ON CONFLICT (project_id, as_of) DO UPDATE SET spent = EXCLUDED.spent")
                .setParameter("p", execution.projectId())
                .setParameter("d", execution.asOf())
                .setParameter("s", execution.spent())
                .executeUpdate();
    }

    /** Spending as of the latest posting on or before {@code on}; zero when nothing was posted yet. */
    public BigDecimal spentAsOf(long projectId, LocalDate on) {
        List<?> rows = em.createNativeQuery(
                        "SELECT spent FROM mon_budget_execution WHERE project_id = :p AND as_of <= :d "
                                + "ORDER BY as_of DESC LIMIT 1")
                .setParameter("p", projectId)
                .setParameter("d", on)
                .getResultList();
        return rows.isEmpty() ? BigDecimal.ZERO : (BigDecimal) rows.get(0);
    }
}
