package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes and reads {@code progress_report} and {@code mon_indicator} for a whole batch: the reports in one JDBC batch
 * (the driver rewrites it into multi-row inserts, {@code reWriteBatchedInserts}), the projects of many indicators in
 * one query. No entities, so nothing for Hibernate to track.
 */
@ApplicationScoped
public class ReportRows {
    private static final String INSERT = "INSERT INTO progress_report (id, indicator_id, project_id, as_of, value, "
            + "numeric_value, likelihood, deviation_category, deviation_reason, corrective_action, forecast, corrects, "
            + "reporter, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int CHUNK = 1_000;

    private final EntityManager em;

    ReportRows(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<ProgressReport> reports) {
        if (!reports.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> insert(c, reports));
        }
    }

    private static void insert(Connection c, List<ProgressReport> reports) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (ProgressReport r : reports) {
                insert.setObject(1, r.id);
                insert.setLong(2, r.indicatorId);
                insert.setLong(3, r.projectId);
                insert.setObject(4, r.asOf);
                insert.setString(5, r.value);
                insert.setBigDecimal(6, r.numericValue);
                insert.setString(7, r.likelihood);
                insert.setString(8, r.deviationCategory);
                insert.setString(9, r.deviationReason);
                insert.setString(10, r.correctiveAction);
                insert.setString(11, r.forecast);
                if (r.corrects == null) {
                    insert.setNull(12, Types.OTHER);
                } else {
                    insert.setObject(12, r.corrects);
                }
                insert.setString(13, r.reporter);
                insert.setObject(14, OffsetDateTime.ofInstant(r.reportedAt, ZoneOffset.UTC));
                insert.addBatch();
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
