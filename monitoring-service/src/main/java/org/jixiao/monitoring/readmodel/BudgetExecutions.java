package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.jixiao.events.BudgetExecutionRecorded;

/** Cumulative spending per project and date, from {@code project-events}. */
@ApplicationScoped
public class BudgetExecutions {
    private final EntityManager em;

    BudgetExecutions(EntityManager em) {
        this.em = em;
    }

    /** Records the postings in order (a later posting for the same day replaces an earlier one), in one batch. */
    public void record(List<BudgetExecutionRecorded> postings) {
        if (postings.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement upsert =
                    c.prepareStatement("INSERT INTO mon_budget_execution (project_id, as_of, spent) VALUES (?, ?, ?) "
                            + "ON CONFLICT (project_id, as_of) DO UPDATE SET spent = EXCLUDED.spent")) {
                for (BudgetExecutionRecorded posting : postings) {
                    upsert.setLong(1, posting.projectId());
                    upsert.setObject(2, posting.asOf());
                    upsert.setBigDecimal(3, posting.spent());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
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
