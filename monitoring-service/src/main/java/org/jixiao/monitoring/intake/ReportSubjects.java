package org.jixiao.monitoring.intake;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jixiao.monitoring.readmodel.StoredTargets;
import org.jixiao.targets.TargetValue;

/**
 * What the checks of one posted report read: its indicator's target and its project's unit and period, in one indexed
 * query on a plain connection (no Hibernate session, no entities). Only the parsed target is remembered, keyed by the
 * target's stored JSON, which the query reads every time ({@link StoredTargets}, shared with the consumers): a revised
 * target (from any instance's consumer) is a different text and is parsed anew, so nothing read here is ever older
 * than the database.
 */
@ApplicationScoped
class ReportSubjects {
    private static final String FIND = "SELECT i.target::text, p.id, p.unit_code, p.period_start, p.period_end "
            + "FROM mon_indicator i LEFT JOIN mon_project p ON p.id = i.project_id WHERE i.id = ?";

    private final AgroalDataSource dataSource;
    private final StoredTargets targets;

    ReportSubjects(AgroalDataSource dataSource, StoredTargets targets) {
        this.dataSource = dataSource;
        this.targets = targets;
    }

    /** An indicator's target and its project (null fields: the project is not known yet). */
    record Found(
            long indicatorId, TargetValue target, Long projectId, String unitCode, LocalDate start, LocalDate end) {}

    /** The indicator's target and project as committed now; empty when the indicator is not known. */
    Optional<Found> find(long indicatorId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(FIND)) {
            select.setLong(1, indicatorId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long projectId = row.getLong(2);
                boolean projectKnown = !row.wasNull();
                return Optional.of(new Found(
                        indicatorId,
                        targets.target(row.getString(1)),
                        projectKnown ? projectId : null,
                        row.getString(3),
                        row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class)));
            }
        } catch (SQLException e) {
            // The problem mappers answer 503 for an unreachable database (the SQLState says so), else 500.
            throw new IllegalStateException("reading indicator " + indicatorId + " for a report's checks failed", e);
        }
    }
}
