package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jixiao.events.StatusChanged.Snapshot;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/**
 * The last published state of every subject ({@code current_status}), to tell a change from a repeat. Read and written
 * for many subjects at once: a batch of events re-evaluates many projects in one transaction.
 */
@ApplicationScoped
public class StatusStore {
    private final EntityManager em;

    StatusStore(EntityManager em) {
        this.em = em;
    }

    /** One subject's new state, to be stored. */
    public record Row(
            String subject, String subjectId, Long projectId, String unitCode, Snapshot snapshot, LocalDate on) {}

    /**
     * Serialises evaluations of the subjects until the transaction ends (PostgreSQL advisory locks), taken in the
     * order given: callers pass them sorted, projects before units, so two transactions never wait for each other in
     * a circle. Advisory locks are per database, so the keys name the schema: a rebuild into another schema of the
     * same database never waits for (or deadlocks with) the live service.
     */
    public void lock(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT count(pg_advisory_xact_lock(hashtext("
                    + "current_schema() || ':' || k))) FROM unnest(?) WITH ORDINALITY AS t(k, n)")) {
                lock.setArray(1, c.createArrayOf("text", keys.toArray()));
                lock.executeQuery().close();
            }
        });
    }

    /** The stored snapshots of the projects and their indicators, keyed {@code subject:id}. */
    public Map<String, Snapshot> ofProjects(Collection<Long> projectIds) {
        return select(
                "SELECT subject, subject_id, status, warning, score, grade FROM current_status "
                        + "WHERE project_id = ANY(?) AND subject IN ('indicator', 'project')",
                "bigint",
                projectIds.toArray());
    }

    /** The stored snapshots of the units, keyed {@code unit:code}. */
    public Map<String, Snapshot> ofUnits(Collection<String> unitIds) {
        return select(
                "SELECT subject, subject_id, status, warning, score, grade FROM current_status "
                        + "WHERE subject = 'unit' AND subject_id = ANY(?)",
                "text",
                unitIds.toArray());
    }

    /** A project's last published status and warning, as the unit roll-up needs them. */
    public record ProjectState(Status status, Warning warning) {}

    /**
     * Current statuses and warnings of the projects of each unit and fiscal year ({@code <code>:<year>}, the unit
     * subject id), for the unit roll-ups: a frozen 2024 status never colours 2025's. The pairs are looked up through
     * the projects' index by unit and year, so a batch reads only the statuses of the units it touched, however many
     * projects the service holds.
     */
    public Map<String, List<ProjectState>> projectsOfUnits(Collection<String> unitIds) {
        String[] codes = new String[unitIds.size()];
        Integer[] years = new Integer[unitIds.size()];
        int i = 0;
        for (String unitId : unitIds) {
            // The code may itself contain ':'; the year is what follows the last one.
            int colon = unitId.lastIndexOf(':');
            codes[i] = unitId.substring(0, colon);
            years[i++] = Integer.valueOf(unitId.substring(colon + 1));
        }
        Map<String, List<ProjectState>> byUnit = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT u.code || ':' || u.year, s.status, s.warning "
                    + "FROM unnest(?::varchar[], ?::int[]) AS u(code, year) "
                    + "JOIN mon_project p ON p.unit_code = u.code AND p.fiscal_year = u.year "
                    + "JOIN current_status s ON s.project_id = p.id AND s.subject = 'project'")) {
                select.setArray(1, c.createArrayOf("varchar", codes));
                select.setArray(2, c.createArrayOf("int4", years));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        // The columns hold what this service wrote from the enums, so reading them back cannot fail.
                        byUnit.computeIfAbsent(rows.getString(1), u -> new ArrayList<>())
                                .add(new ProjectState(
                                        Status.valueOf(rows.getString(2)), Warning.valueOf(rows.getString(3))));
                    }
                }
            }
        });
        return byUnit;
    }

    /** Stores the rows in one statement (each subject at most once). */
    public void save(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> upsert(c, rows));
    }

    private static void upsert(Connection c, List<Row> rows) throws SQLException {
        int n = rows.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            Snapshot s = row.snapshot();
            columns[0][i] = row.subject();
            columns[1][i] = row.subjectId();
            columns[2][i] = row.projectId() == null ? null : row.projectId().toString();
            columns[3][i] = row.unitCode();
            columns[4][i] = s.status();
            columns[5][i] = s.warning();
            columns[6][i] = s.score() == null ? null : s.score().toPlainString();
            columns[7][i] = s.grade();
            columns[8][i] = row.on().toString();
        }
        String[] types = {"text", "text", "bigint", "text", "text", "text", "numeric", "text", "date"};
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO current_status (subject, subject_id, "
                + "project_id, unit_code, status, warning, score, grade, evaluated_on, updated_at) "
                + "SELECT s, i, p, u, st, w, sc, g, d, now() FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "AS t(s, i, p, u, st, w, sc, g, d) "
                + "ON CONFLICT (subject, subject_id) DO UPDATE SET status = EXCLUDED.status, "
                + "warning = EXCLUDED.warning, score = EXCLUDED.score, grade = EXCLUDED.grade, "
                + "evaluated_on = EXCLUDED.evaluated_on, updated_at = now()")) {
            for (int k = 0; k < types.length; k++) {
                upsert.setArray(k + 1, c.createArrayOf(types[k], columns[k]));
            }
            upsert.executeUpdate();
        }
    }

    private Map<String, Snapshot> select(String sql, String type, Object[] keys) {
        Map<String, Snapshot> snapshots = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setArray(1, c.createArrayOf(type, keys));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        BigDecimal score = rows.getBigDecimal(5);
                        snapshots.put(
                                rows.getString(1) + ":" + rows.getString(2),
                                new Snapshot(rows.getString(3), rows.getString(4), score, rows.getString(6)));
                    }
                }
            }
        });
        return snapshots;
    }
}
