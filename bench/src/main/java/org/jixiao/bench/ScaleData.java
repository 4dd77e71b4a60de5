package org.jixiao.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;

/**
 * Writes the at-scale data set straight into the stack's databases with COPY, each service's tables in the shapes its
 * migrations define (docs/benchmarks.md, "At scale"): units, projects and a budget execution each in {@code project};
 * the projects as announced and their indicators (with revision 1) in {@code indicator}; and in {@code monitoring}
 * its read model of both and a year of progress reports. Statuses are not written here: monitoring evaluates them
 * itself ({@link ScaleEvaluation}). Its own earlier rows (the id ranges of {@link ScaleShape}) are deleted first, so
 * a run can be repeated at any size.
 */
final class ScaleData {
    private final String jdbcBase;
    private final String superuserPassword;
    private final ScaleShape shape;

    ScaleData(String pgPort, Path data, ScaleShape shape) throws IOException {
        this.jdbcBase = "jdbc:postgresql://127.0.0.1:" + pgPort + "/";
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve("keys/postgres.properties"))) {
            passwords.load(reader);
        }
        this.superuserPassword = passwords.getProperty("superuser");
        this.shape = shape;
    }

    /** The stack's database as the superuser, whose password the launcher keeps with its other secrets. */
    Connection connect(String database) throws SQLException {
        Connection c = DriverManager.getConnection(jdbcBase + database, "postgres", superuserPassword);
        try (Statement s = c.createStatement()) {
            // Only what this session writes: a crash loses generated rows, which a rerun writes again.
            s.execute("SET synchronous_commit = off");
        }
        return c;
    }

    void generate() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = connect("project")) {
            clear(
                    c,
                    "DELETE FROM budget_execution WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM project WHERE id BETWEEN %1$d AND %2$d",
                    "DELETE FROM unit WHERE code BETWEEN '971000' AND '979999'");
            projectService(c);
        }
        try (Connection c = connect("indicator")) {
            clear(
                    c,
                    "DELETE FROM indicator_revision WHERE indicator_id BETWEEN %3$d AND %4$d",
                    "DELETE FROM indicator WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM known_project WHERE id BETWEEN %1$d AND %2$d");
            indicatorService(c);
        }
        try (Connection c = connect("monitoring")) {
            clear(
                    c,
                    "DELETE FROM pending_refresh WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM project_view WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM current_status WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM current_status WHERE subject = 'unit' AND subject_id BETWEEN '971000' AND '979999:'",
                    "DELETE FROM progress_report WHERE indicator_id BETWEEN %3$d AND %4$d",
                    "DELETE FROM mon_indicator WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM mon_budget_execution WHERE project_id BETWEEN %1$d AND %2$d",
                    "DELETE FROM mon_project WHERE id BETWEEN %1$d AND %2$d");
            monitoringReadModel(c);
            reports(c);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE mon_project, mon_indicator, mon_budget_execution, progress_report");
            }
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Deletes this generator's earlier rows (any earlier size: the ranges reach to the last possible id). */
    private void clear(Connection c, String... statements) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql.formatted(
                        ScaleShape.PROJECT_BASE,
                        ScaleShape.PROJECT_BASE + 99_999_999L,
                        ScaleShape.INDICATOR_BASE,
                        ScaleShape.INDICATOR_BASE + 99_999_999L * 100 + 99));
            }
        }
        System.out.printf("  %s: earlier rows deleted in %.1f s%n", c.getCatalog(), (System.nanoTime() - start) / 1e9);
    }

    private void projectService(Connection c) throws SQLException {
        long start = System.nanoTime();
        try (CopyRows units = new CopyRows(c, "unit", "code, name")) {
            for (int u = 0; u < shape.units(); u++) {
                units.row(shape.unit(u), "规模单位" + u);
            }
        }
        try (CopyRows projects = new CopyRows(
                c,
                "project",
                "id, unit_code, fiscal_year, name, budget_total, "
                        + "budget_fiscal, budget_other, purpose, period_start, period_end")) {
            for (int p = 0; p < shape.projects(); p++) {
                projects.row(
                        shape.projectId(p),
                        shape.unitOf(p),
                        shape.fiscalYear(),
                        shape.projectName(p),
                        shape.budget(p),
                        shape.budget(p),
                        0,
                        "规模基准",
                        shape.periodStart(),
                        shape.periodEnd());
            }
        }
        try (CopyRows spending = new CopyRows(c, "budget_execution", "project_id, as_of, spent")) {
            for (int p = 0; p < shape.projects(); p++) {
                spending.row(shape.projectId(p), shape.today().minusDays(5), shape.spent(p));
            }
        }
        done("project: units, projects, budget executions", shape.units() + 2L * shape.projects(), start);
    }

    private void indicatorService(Connection c) throws SQLException {
        long start = System.nanoTime();
        try (CopyRows known =
                new CopyRows(c, "known_project", "id, unit_code, fiscal_year, name, period_start, period_end")) {
            for (int p = 0; p < shape.projects(); p++) {
                known.row(
                        shape.projectId(p),
                        shape.unitOf(p),
                        shape.fiscalYear(),
                        shape.projectName(p),
                        shape.periodStart(),
                        shape.periodEnd());
            }
        }
        try (CopyRows indicators = new CopyRows(
                c,
                "indicator",
                "id, project_id, unit_code, level1, level2, name, target_raw, target, position, revision")) {
            shape.forEachIndicator((p, k, t) -> indicators.row(
                    shape.indicatorId(p, k),
                    shape.projectId(p),
                    shape.unitOf(p),
                    t[0],
                    t[1],
                    "指标" + k,
                    t[2],
                    t[3],
                    k,
                    1));
        }
        // One COPY at a time on a connection: the revisions after their indicators.
        try (CopyRows revisions = new CopyRows(c, "indicator_revision", "indicator_id, revision, target_raw, target")) {
            shape.forEachIndicator((p, k, t) -> revisions.row(shape.indicatorId(p, k), 1, t[2], t[3]));
        }
        done(
                "indicator: projects, indicators, their revisions",
                shape.projects() * (1L + 2L * shape.indicatorsPerProject()),
                start);
    }

    private void monitoringReadModel(Connection c) throws SQLException {
        long start = System.nanoTime();
        try (CopyRows projects = new CopyRows(
                c, "mon_project", "id, unit_code, fiscal_year, name, budget_total, period_start, period_end")) {
            for (int p = 0; p < shape.projects(); p++) {
                projects.row(
                        shape.projectId(p),
                        shape.unitOf(p),
                        shape.fiscalYear(),
                        shape.projectName(p),
                        shape.budget(p),
                        shape.periodStart(),
                        shape.periodEnd());
            }
        }
        try (CopyRows spending = new CopyRows(c, "mon_budget_execution", "project_id, as_of, spent")) {
            for (int p = 0; p < shape.projects(); p++) {
                spending.row(shape.projectId(p), shape.today().minusDays(5), shape.spent(p));
            }
        }
        try (CopyRows indicators = new CopyRows(
                c, "mon_indicator", "id, project_id, unit_code, level1, level2, name, target, revision, defined_on")) {
            shape.forEachIndicator((p, k, t) -> indicators.row(
                    shape.indicatorId(p, k),
                    shape.projectId(p),
                    shape.unitOf(p),
                    t[0],
                    t[1],
                    "指标" + k,
                    t[3],
                    1,
                    shape.periodStart()));
        }
        done(
                "monitoring: read model of projects, executions, indicators",
                shape.projects() * (2L + shape.indicatorsPerProject()),
                start);
    }

    /** A year of reports: {@code reportsPerIndicator} per indicator, one a month, as an outside reporter sends them. */
    private void reports(Connection c) throws SQLException {
        long start = System.nanoTime();
        long rows;
        try (CopyRows reports = new CopyRows(
                c,
                "progress_report",
                "id, indicator_id, project_id, as_of, value, numeric_value, reporter, reported_at")) {
            shape.forEachIndicator((p, k, t) -> {
                long indicator = shape.indicatorId(p, k);
                for (int m = 0; m < shape.reportsPerIndicator(); m++) {
                    LocalDate day = shape.reportDay(m);
                    String[] value = shape.reportValue(p, k, day);
                    reports.row(
                            new UUID(indicator, m),
                            indicator,
                            shape.projectId(p),
                            day,
                            value[0],
                            value[1],
                            "bench-scale",
                            day.atTime(12, 0).atOffset(ZoneOffset.UTC));
                }
            });
            rows = reports.rows();
        }
        done("monitoring: progress reports", rows, start);
    }

    private static void done(String what, long rows, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %s: %,d rows in %.1f s (%,.0f rows/s)%n", what, rows, seconds, rows / seconds);
    }
}
