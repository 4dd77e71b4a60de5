package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.hibernate.Session;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ReadModelRows;
import org.jixiao.monitoring.rules.Report;

/**
 * Everything the rules need to evaluate a set of projects, read in four queries however many projects, indicators
 * and reports there are: the projects, their targets, their reports and their budget executions. All of them are
 * read straight from JDBC: projects and targets as detached objects with their parsed JSON shared
 * ({@link ReadModelRows}), so a batch builds no entities and translates no query.
 *
 * <p>Of the reports, only those the rules can read are loaded ({@link ReadableReports}): a project with a year of
 * history is read in a few rows per indicator instead of all of them, so a batch costs the same in December as in
 * January.
 */
@ApplicationScoped
public class ProjectInputs {
    private final EntityManager em;
    private final ReadModelRows rows;

    ProjectInputs(EntityManager em, ReadModelRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /** What was loaded for the projects that exist (an unknown id is simply absent). */
    public record Loaded(
            Map<Long, MonProject> projects,
            Map<Long, List<MonIndicator>> targets,
            Map<Long, Map<Long, List<Report>>> reports,
            Map<Long, TreeMap<LocalDate, BigDecimal>> spending) {

        List<MonIndicator> targetsOf(long projectId) {
            return targets.getOrDefault(projectId, List.of());
        }

        Map<Long, List<Report>> reportsOf(long projectId) {
            return reports.getOrDefault(projectId, Map.of());
        }

        /** Spending as of the latest posting on or before {@code on}; zero when nothing was posted yet. */
        BigDecimal spentAsOf(long projectId, LocalDate on) {
            TreeMap<LocalDate, BigDecimal> postings = spending.get(projectId);
            Map.Entry<LocalDate, BigDecimal> latest = postings == null ? null : postings.floorEntry(on);
            return latest == null ? BigDecimal.ZERO : latest.getValue();
        }
    }

    /** The inputs of these projects, each evaluated on the day {@code dayOf} gives it. */
    public Loaded load(Collection<Long> projectIds, Function<MonProject, LocalDate> dayOf) {
        // Entities this transaction changed must be in the database before JDBC reads around Hibernate.
        em.flush();
        Long[] ids = projectIds.toArray(Long[]::new);
        Map<Long, MonProject> projects = rows.projects(projectIds);
        Map<Long, List<MonIndicator>> targets = rows.indicatorsOfProjects(projectIds);
        List<MonIndicator> evaluated = projects.keySet().stream()
                .flatMap(id -> targets.getOrDefault(id, List.of()).stream())
                .toList();
        Long[] projectOf = evaluated.stream().map(i -> i.projectId).toArray(Long[]::new);
        Long[] indicatorIds = evaluated.stream().map(i -> i.id).toArray(Long[]::new);
        Map<Long, LocalDate> dayOfProject = new HashMap<>();
        projects.forEach((id, project) -> dayOfProject.put(id, dayOf.apply(project)));
        LocalDate[] days =
                evaluated.stream().map(i -> dayOfProject.get(i.projectId)).toArray(LocalDate[]::new);
        Session session = em.unwrap(Session.class);
        Map<Long, Map<Long, List<Report>>> reports =
                session.doReturningWork(c -> ReadableReports.load(c, projectOf, indicatorIds, days));
        Map<Long, TreeMap<LocalDate, BigDecimal>> spending = session.doReturningWork(c -> spending(c, ids));
        return new Loaded(projects, targets, reports, spending);
    }

    private static Map<Long, TreeMap<LocalDate, BigDecimal>> spending(Connection connection, Long[] ids)
            throws SQLException {
        Map<Long, TreeMap<LocalDate, BigDecimal>> byProject = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT project_id, as_of, spent FROM mon_budget_execution WHERE project_id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("bigint", ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byProject
                            .computeIfAbsent(rows.getLong(1), p -> new TreeMap<>())
                            .put(rows.getObject(2, LocalDate.class), rows.getBigDecimal(3));
                }
            }
        }
        return byProject;
    }
}
