package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes the progress reports of a batch into {@code progress_report} in one statement: each column is sent as one
 * array, {@code unnest} turns the arrays back into rows, and a report whose id (its event id) is stored already is
 * skipped, so the table is its own log of processed reports (docs/operations.md, "Batched consumption in
 * monitoring-service"). No entities, so nothing for Hibernate to track.
 */
@ApplicationScoped
public class ReportRows {
    private static final String INSERT_NEW = """
            INSERT INTO progress_report (id, indicator_id, project_id, as_of, value, numeric_value, likelihood,
                deviation_category, deviation_reason, corrective_action, forecast, corrects, reporter, reported_at)
            SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::numeric[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::timestamptz[])
            ON CONFLICT (id) DO NOTHING
            RETURNING id""";

    /** The types of parameters 4 to 11, sent as text: as_of … forecast. */
    private static final String[] TEXT_COLUMN_TYPES = {"date", "text", "numeric", "text", "text", "text", "text", "text"
    };

    private final EntityManager em;

    ReportRows(EntityManager em) {
        this.em = em;
    }

    /** Inserts the reports not stored yet; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> insertNew(List<ReportRow> reports) {
        if (reports.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> insertNew(c, reports));
    }

    private static Set<UUID> insertNew(Connection c, List<ReportRow> reports) throws SQLException {
        int n = reports.size();
        UUID[] ids = new UUID[n];
        Long[] indicators = new Long[n];
        Long[] projects = new Long[n];
        String[][] texts = new String[10][n];
        UUID[] corrects = new UUID[n];
        // One pass over the rows fills every column. Dates, numbers and instants go as their ISO text, which the
        // statement's casts read back exactly; the driver would otherwise format each through a temporal object.
        for (int i = 0; i < n; i++) {
            ReportRow r = reports.get(i);
            ids[i] = r.id();
            indicators[i] = r.indicatorId();
            projects[i] = r.projectId();
            texts[0][i] = r.asOf().toString();
            texts[1][i] = r.value();
            texts[2][i] = r.numericValue() == null ? null : r.numericValue().toString();
            texts[3][i] = r.likelihood();
            texts[4][i] = r.deviationCategory();
            texts[5][i] = r.deviationReason();
            texts[6][i] = r.correctiveAction();
            texts[7][i] = r.forecast();
            texts[8][i] = r.reporter();
            texts[9][i] = r.reportedAt().toString();
            corrects[i] = r.corrects();
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_NEW)) {
            insert.setArray(1, c.createArrayOf("uuid", ids));
            insert.setArray(2, c.createArrayOf("bigint", indicators));
            insert.setArray(3, c.createArrayOf("bigint", projects));
            for (int k = 0; k < 8; k++) {
                insert.setArray(4 + k, c.createArrayOf(TEXT_COLUMN_TYPES[k], texts[k]));
            }
            insert.setArray(12, c.createArrayOf("uuid", corrects));
            insert.setArray(13, c.createArrayOf("text", texts[8]));
            insert.setArray(14, c.createArrayOf("timestamptz", texts[9]));
            Set<UUID> inserted = new HashSet<>(n * 2);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
            return inserted;
        }
    }
}
