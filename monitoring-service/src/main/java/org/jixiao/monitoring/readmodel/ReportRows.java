package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

    private final EntityManager em;

    ReportRows(EntityManager em) {
        this.em = em;
    }

    /** Inserts the reports not stored yet; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> insertNew(List<ProgressReport> reports) {
        if (reports.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> insertNew(c, reports));
    }

    private static Set<UUID> insertNew(Connection c, List<ProgressReport> reports) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_NEW)) {
            column(c, insert, 1, "uuid", reports, r -> r.id);
            column(c, insert, 2, "bigint", reports, r -> r.indicatorId);
            column(c, insert, 3, "bigint", reports, r -> r.projectId);
            column(c, insert, 4, "date", reports, r -> r.asOf);
            column(c, insert, 5, "text", reports, r -> r.value);
            column(c, insert, 6, "numeric", reports, r -> r.numericValue);
            column(c, insert, 7, "text", reports, r -> r.likelihood);
            column(c, insert, 8, "text", reports, r -> r.deviationCategory);
            column(c, insert, 9, "text", reports, r -> r.deviationReason);
            column(c, insert, 10, "text", reports, r -> r.correctiveAction);
            column(c, insert, 11, "text", reports, r -> r.forecast);
            column(c, insert, 12, "uuid", reports, r -> r.corrects);
            column(c, insert, 13, "text", reports, r -> r.reporter);
            column(c, insert, 14, "timestamptz", reports, r -> OffsetDateTime.ofInstant(r.reportedAt, ZoneOffset.UTC));
            Set<UUID> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
            return inserted;
        }
    }

    private static void column(
            Connection c,
            PreparedStatement insert,
            int index,
            String type,
            List<ProgressReport> reports,
            Function<ProgressReport, Object> value)
            throws SQLException {
        insert.setArray(index, c.createArrayOf(type, reports.stream().map(value).toArray()));
    }
}
