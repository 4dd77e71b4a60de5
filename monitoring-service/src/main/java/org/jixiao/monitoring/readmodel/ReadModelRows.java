package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Projects and indicators of the read model (and the indicator a stored report is on) as the consumers' batches read
 * them: plain SQL on the transaction's own
 * connection, one statement per call whatever the number of ids, into detached {@link MonProject} and
 * {@link MonIndicator} objects that nothing tracks. Loading them as entities cost more than the rest of a batch's
 * reading: Hibernate hydrated each one, parsed its target and milestones from JSON and kept a snapshot for dirty
 * checking, and the {@code in} list of each query was translated again for every size. Here the SQL is fixed and the
 * JSON is parsed once per distinct text ({@link StoredTargets}).
 *
 * <p>The objects are for reading only; a change (an assessment) goes through a managed entity. Callers that changed
 * entities in the same transaction flush first, as for any read around Hibernate.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelRows {
    private static final String INDICATOR_COLUMNS = "i.id, i.project_id, i.unit_code, i.level1, i.level2, i.name, "
            + "i.target::text, i.weight, i.milestones::text, i.revision, i.defined_on, i.assessed_share, "
            + "i.assessment_reason, i.assessed_by, i.assessed_at";
    private static final String INDICATORS_BY_ID =
            "SELECT " + INDICATOR_COLUMNS + " FROM mon_indicator i WHERE i.id = ANY(?)";
    private static final String INDICATORS_OF_PROJECTS =
            "SELECT " + INDICATOR_COLUMNS + " FROM mon_indicator i WHERE i.project_id = ANY(?) ORDER BY i.id";
    private static final String PROJECTS_BY_ID = "SELECT id, unit_code, fiscal_year, name, budget_total, "
            + "period_start, period_end FROM mon_project WHERE id = ANY(?)";
    private static final String INDICATORS_OF_REPORTS =
            "SELECT id, indicator_id FROM progress_report WHERE id = ANY(?)";

    private final EntityManager em;
    private final StoredTargets stored;

    ReadModelRows(EntityManager em, StoredTargets stored) {
        this.em = em;
        this.stored = stored;
    }

    /** The indicators with these ids that exist, by id. */
    public Map<Long, MonIndicator> indicators(Collection<Long> ids) {
        Map<Long, MonIndicator> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            select(INDICATORS_BY_ID, "bigint", ids, rows -> {
                MonIndicator indicator = indicator(rows);
                byId.put(indicator.id, indicator);
            });
        }
        return byId;
    }

    /** The indicators of these projects in id order, by project (a project without any is absent). */
    public Map<Long, List<MonIndicator>> indicatorsOfProjects(Collection<Long> projectIds) {
        Map<Long, List<MonIndicator>> byProject = new HashMap<>();
        if (!projectIds.isEmpty()) {
            select(INDICATORS_OF_PROJECTS, "bigint", projectIds, rows -> {
                MonIndicator indicator = indicator(rows);
                byProject
                        .computeIfAbsent(indicator.projectId, p -> new ArrayList<>())
                        .add(indicator);
            });
        }
        return byProject;
    }

    /** The projects with these ids that exist, by id. */
    public Map<Long, MonProject> projects(Collection<Long> ids) {
        Map<Long, MonProject> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            select(PROJECTS_BY_ID, "bigint", ids, rows -> {
                MonProject project = new MonProject();
                project.id = rows.getLong(1);
                project.unitCode = rows.getString(2);
                project.fiscalYear = rows.getInt(3);
                project.name = rows.getString(4);
                project.budgetTotal = rows.getBigDecimal(5);
                project.periodStart = rows.getObject(6, LocalDate.class);
                project.periodEnd = rows.getObject(7, LocalDate.class);
                byId.put(project.id, project);
            });
        }
        return byId;
    }

    /** The indicator of each of these reports that is stored, by report id. */
    public Map<UUID, Long> indicatorsOfReports(Collection<UUID> reportIds) {
        Map<UUID, Long> byReport = new HashMap<>();
        if (!reportIds.isEmpty()) {
            select(
                    INDICATORS_OF_REPORTS,
                    "uuid",
                    reportIds,
                    rows -> byReport.put(rows.getObject(1, UUID.class), rows.getLong(2)));
        }
        return byReport;
    }

    private MonIndicator indicator(ResultSet rows) throws SQLException {
        MonIndicator indicator = new MonIndicator();
        indicator.id = rows.getLong(1);
        indicator.projectId = rows.getLong(2);
        indicator.unitCode = rows.getString(3);
        indicator.level1 = rows.getString(4);
        indicator.level2 = rows.getString(5);
        indicator.name = rows.getString(6);
        indicator.target = stored.target(rows.getString(7));
        indicator.weight = rows.getBigDecimal(8);
        indicator.milestones = stored.milestones(rows.getString(9));
        indicator.revision = rows.getInt(10);
        indicator.definedOn = rows.getObject(11, LocalDate.class);
        indicator.assessedShare = rows.getBigDecimal(12);
        indicator.assessmentReason = rows.getString(13);
        indicator.assessedBy = rows.getString(14);
        OffsetDateTime assessedAt = rows.getObject(15, OffsetDateTime.class);
        indicator.assessedAt = assessedAt == null ? null : assessedAt.toInstant();
        return indicator;
    }

    /** Runs one of the fixed statements above with the ids as its one array parameter. */
    private void select(String sql, String idType, Collection<?> ids, RowReader reader) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setArray(1, c.createArrayOf(idType, ids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }
}
