package org.jixiao.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Has monitoring evaluate the generated projects itself (docs/benchmarks.md, "At scale"): every project is marked for
 * its deferred re-evaluation ({@code pending_refresh}, the mark a change of targets leaves), and monitoring's drain
 * stores each project's statuses, its answer for status reads ({@code project_view}) and its units' roll-ups, as it
 * does in operation. Writing those rows here instead would copy the rules; they would also not survive a restart,
 * which drops the stored answers. A project whose stored answer is current is not marked again.
 */
final class ScaleEvaluation {
    private final ScaleData data;
    private final ScaleShape shape;

    ScaleEvaluation(ScaleData data, ScaleShape shape) {
        this.data = data;
        this.shape = shape;
    }

    /**
     * Marks the projects without a current stored answer and waits until none awaits re-evaluation: a start of
     * monitoring marks every project itself, so the marks may be there already.
     */
    void evaluate(int timeoutMinutes) throws SQLException, InterruptedException {
        try (Connection c = data.connect("monitoring");
                Statement s = c.createStatement()) {
            String range = " BETWEEN " + shape.projectId(0) + " AND " + shape.lastProjectId();
            int marked = s.executeUpdate("INSERT INTO pending_refresh (project_id, cause_type) "
                    + "SELECT p.id, 'PROJECT_UPDATED' FROM mon_project p WHERE p.id" + range
                    + " AND NOT EXISTS (SELECT 1 FROM project_view v WHERE v.project_id = p.id "
                    + "AND v.evaluated_on = LEAST(CURRENT_DATE, v.period_end)) ON CONFLICT DO NOTHING");
            System.out.printf("evaluation: %,d projects marked for monitoring's deferred re-evaluation%n", marked);
            long start = System.nanoTime();
            long deadline = start + TimeUnit.MINUTES.toNanos(timeoutMinutes);
            String pending = "SELECT count(*) FROM pending_refresh WHERE project_id" + range;
            long awaited = count(s, pending);
            long left = awaited;
            long lastPrint = start;
            while (left > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            left + " projects still not evaluated after " + timeoutMinutes + " minutes");
                }
                Thread.sleep(2_000);
                left = count(s, pending);
                if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(30)) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  %,d of %,d evaluated%n", awaited - left, awaited);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long views = count(s, "SELECT count(*) FROM project_view WHERE project_id" + range);
            System.out.printf(
                    "evaluation: %,d projects evaluated by monitoring in %.1f s (%,.0f projects/s); %,d stored answers%n",
                    awaited, seconds, awaited / Math.max(seconds, 0.001), views);
            if (views < shape.projects()) {
                throw new IllegalStateException("only " + views + " of " + shape.projects() + " projects have a stored"
                        + " answer: is monitoring-service running?");
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
