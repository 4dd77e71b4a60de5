package org.jixiao.monitoring.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.monitoring.rules.Report;

/**
 * The reports the rules can read, for many projects at once (docs/operations.md, "Batched consumption in
 * monitoring-service"): as of the day each project is evaluated on, without the corrected ones, each indicator's
 * newest report and, before it, the run of ACHIEVED answers a deadline's completion date is read from (docs/rules.md,
 * "Deadlines"). They come from an index, a few rows per indicator however long its history; only an indicator whose
 * newest {@value #NEWEST} reports are all ACHIEVED is read whole, as its run may go back further.
 */
final class ReadableReports {
    static final int NEWEST = 8;

    // The indicators come with the call (the caller has read the projects' targets): joining mon_indicator by project
    // here made PostgreSQL scan all of mon_indicator for every batch while its statistics lagged behind the table
    // (docs/operations.md, "Batched consumption in monitoring-service").
    private static final String NEWEST_REPORTS = """
            WITH asked (project_id, indicator_id, day) AS (SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::date[]))
            SELECT a.project_id, a.indicator_id, r.id, r.as_of, r.value, r.likelihood, r.forecast, r.corrects,
                   r.reported_at
            FROM asked a
            CROSS JOIN LATERAL (
                SELECT p.* FROM progress_report p
                WHERE p.indicator_id = a.indicator_id AND p.as_of <= a.day
                  AND NOT EXISTS (SELECT 1 FROM progress_report c WHERE c.corrects = p.id AND c.as_of <= a.day)
                ORDER BY p.as_of DESC, p.reported_at DESC
                LIMIT %d) r""".formatted(NEWEST);

    /** Every report of these indicators: the rules choose among them as they do on a read. */
    private static final String WHOLE_HISTORY =
            "SELECT project_id, indicator_id, id, as_of, value, likelihood, forecast, corrects, reported_at "
                    + "FROM progress_report WHERE indicator_id = ANY(?)";

    private static final Comparator<Report> NEWEST_FIRST =
            Comparator.comparing(Report::asOf).thenComparing(Report::reportedAt).reversed();

    private ReadableReports() {}

    /**
     * By project, then by indicator: the reports to evaluate each indicator with, as of its project's day; the three
     * arrays are one row per indicator.
     */
    static Map<Long, Map<Long, List<Report>>> load(
            Connection connection, Long[] projectIds, Long[] indicatorIds, LocalDate[] days) throws SQLException {
        Map<Long, Map<Long, List<Report>>> byProject;
        try (PreparedStatement select = connection.prepareStatement(NEWEST_REPORTS)) {
            select.setArray(1, connection.createArrayOf("bigint", projectIds));
            select.setArray(2, connection.createArrayOf("bigint", indicatorIds));
            select.setArray(3, connection.createArrayOf("date", days));
            byProject = read(select);
        }
        List<Long> longRuns = new ArrayList<>();
        byProject
                .values()
                .forEach(byIndicator -> byIndicator.replaceAll((indicatorId, reports) -> {
                    reports.sort(NEWEST_FIRST);
                    for (int i = 0; i < reports.size(); i++) {
                        if (!reports.get(i).saysAchieved()) {
                            return new ArrayList<>(reports.subList(0, i + 1));
                        }
                    }
                    if (reports.size() == NEWEST) {
                        longRuns.add(indicatorId);
                    }
                    return reports;
                }));
        if (!longRuns.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(WHOLE_HISTORY)) {
                select.setArray(1, connection.createArrayOf("bigint", longRuns.toArray(Long[]::new)));
                read(select)
                        .forEach((projectId, whole) -> byProject.get(projectId).putAll(whole));
            }
        }
        return byProject;
    }

    private static Map<Long, Map<Long, List<Report>>> read(PreparedStatement select) throws SQLException {
        Map<Long, Map<Long, List<Report>>> byProject = new HashMap<>();
        select.setFetchSize(5_000);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Report report = new Report(
                        rows.getObject(3, UUID.class),
                        rows.getObject(4, LocalDate.class),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getObject(8, UUID.class),
                        rows.getObject(9, OffsetDateTime.class).toInstant());
                byProject
                        .computeIfAbsent(rows.getLong(1), p -> new HashMap<>())
                        .computeIfAbsent(rows.getLong(2), i -> new ArrayList<>())
                        .add(report);
            }
        }
        return byProject;
    }
}
