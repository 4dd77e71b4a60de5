package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.events.StatusChanged.Snapshot;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/** The last published state of every subject ({@code current_status}), to tell a change from a repeat. */
@ApplicationScoped
public class StatusStore {
    private final EntityManager em;

    StatusStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Serialises evaluations of one subject until the transaction ends (PostgreSQL advisory lock). Advisory locks
     * are per database, so the key names the schema: a rebuild into another schema of the same database never waits
     * for (or deadlocks with) the live service.
     */
    public void lock(String key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || :key))")
                .setParameter("key", key)
                .getSingleResult();
    }

    public Snapshot current(String subject, String subjectId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT status, warning, score, grade FROM current_status WHERE subject = :s AND subject_id = :id FOR UPDATE")
                .setParameter("s", subject)
                .setParameter("id", subjectId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Snapshot((String) row[0], (String) row[1], (BigDecimal) row[2], (String) row[3]);
    }

    /** The current snapshots of a project's indicators, by indicator id, in one query. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Snapshot> indicatorsOf(long projectId) {
        java.util.Map<String, Snapshot> snapshots = new java.util.HashMap<>();
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT subject_id, status, warning, score, grade FROM current_status "
                                + "WHERE project_id = :p AND subject = 'indicator'")
                .setParameter("p", projectId)
                .getResultList();
        for (Object[] row : rows) {
            snapshots.put((String) row[0], new Snapshot((String) row[1], (String) row[2], (BigDecimal) row[3], (String)
                    row[4]));
        }
        return snapshots;
    }

    public void save(
            String subject, String subjectId, Long projectId, String unitCode, Snapshot snapshot, LocalDate on) {
        em.createNativeQuery("INSERT INTO current_status (subject, subject_id, project_id, unit_code, status, warning, "
                        + "score, grade, evaluated_on, updated_at) VALUES (:s, :id, :p, :u, :status, :warning, :score, "
                        + ":grade, :on, now()) ON CONFLICT (subject, subject_id) DO UPDATE SET status = EXCLUDED.status, "
                        + "warning = EXCLUDED.warning, score = EXCLUDED.score, grade = EXCLUDED.grade, "
                        + "evaluated_on = EXCLUDED.evaluated_on, updated_at = now()")
                .setParameter("s", subject)
                .setParameter("id", subjectId)
                .setParameter("p", projectId)
                .setParameter("u", unitCode)
                .setParameter("status", snapshot.status())
                .setParameter("warning", snapshot.warning())
                .setParameter("score", snapshot.score())
                .setParameter("grade", snapshot.grade())
                .setParameter("on", on)
                .executeUpdate();
    }

    /** A project's last published status and warning, as the unit roll-up needs them. */
    public record ProjectState(Status status, Warning warning) {}

    /** Current statuses and warnings of a unit's projects of one fiscal year, for the unit roll-up. */
    @SuppressWarnings("unchecked")
    public List<ProjectState> projectsOfUnit(String unitCode, int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.status, s.warning FROM current_status s "
                        + "JOIN mon_project p ON p.id = s.project_id "
                        + "WHERE s.subject = 'project' AND s.unit_code = :u AND p.fiscal_year = :y")
                .setParameter("u", unitCode)
                .setParameter("y", fiscalYear)
                .getResultList();
        // The column holds what this service wrote from the enums, so reading it back cannot fail.
        return rows.stream()
                .map(row -> new ProjectState(Status.valueOf((String) row[0]), Warning.valueOf((String) row[1])))
                .toList();
    }
}
