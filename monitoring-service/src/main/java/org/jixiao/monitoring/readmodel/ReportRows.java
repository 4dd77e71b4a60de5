package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Writes the progress reports of a batch into {@code progress_report} with PostgreSQL's {@code COPY}, the database's
 * own bulk path: one stream of tab-separated rows instead of statements to parse, plan and bind (docs/operations.md,
 * "Batched consumption in monitoring-service"). The batch's processed-event claim has already removed every report
 * stored before, so the rows are all new. No entities, so nothing for Hibernate to track.
 */
@ApplicationScoped
public class ReportRows {
    private static final String COPY = "COPY progress_report (id, indicator_id, project_id, as_of, value, "
            + "numeric_value, likelihood, deviation_category, deviation_reason, corrective_action, forecast, corrects, "
            + "reporter, reported_at) FROM STDIN";

    private final EntityManager em;

    ReportRows(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<ProgressReport> reports) {
        if (!reports.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> copy(c, reports));
        }
    }

    private static void copy(Connection c, List<ProgressReport> reports) throws SQLException {
        StringBuilder rows = new StringBuilder(reports.size() * 160);
        for (ProgressReport r : reports) {
            CopyText.row(
                    rows,
                    r.id,
                    r.indicatorId,
                    r.projectId,
                    r.asOf,
                    r.value,
                    r.numericValue == null ? null : r.numericValue.toPlainString(),
                    r.likelihood,
                    r.deviationCategory,
                    r.deviationReason,
                    r.correctiveAction,
                    r.forecast,
                    r.corrects,
                    r.reporter,
                    OffsetDateTime.ofInstant(r.reportedAt, ZoneOffset.UTC));
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of " + reports.size() + " progress reports failed", e);
        }
    }
}
