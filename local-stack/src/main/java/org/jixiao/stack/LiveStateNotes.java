package org.jixiao.stack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Hints printed next to differences, for the cases where the live state itself is not final: projects still awaiting
 * their deferred re-evaluation, or statuses not yet re-evaluated for today's date (the rebuild evaluates as of today;
 * the live service does so for all running projects at its first daily rollover check).
 */
final class LiveStateNotes {
    private final Connection connection;
    private final String live;

    LiveStateNotes(Connection connection, String live) {
        this.connection = connection;
        this.live = live;
    }

    void print(List<TableDifferences> differences) throws SQLException {
        long pending = single("SELECT count(*) FROM " + SchemaComparison.quote(live) + ".pending_refresh");
        if (pending > 0) {
            System.out.println("note: " + pending + " project(s) of the live service still await re-evaluation,"
                    + " so its statuses are not final yet; compare again in a moment");
        }
        if (differences.stream().anyMatch(d -> d.table().equals("current_status"))) {
            String lastRollover = text("SELECT max(day)::text FROM " + SchemaComparison.quote(live) + ".rollover_log");
            System.out.println("note: the rebuild evaluated every status as of today; the live service last"
                    + " re-evaluated all running projects by date on "
                    + (lastRollover == null ? "(never)" : lastRollover));
        }
    }

    private long single(String sql) throws SQLException {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String text(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
