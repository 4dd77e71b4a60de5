package org.jixiao.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares every table of monitoring's live schema with the same table of a rebuilt schema in the same database, row
 * by row on all columns except the few that only say when one particular run did something.
 */
final class SchemaComparison {
    /** Bookkeeping of one run, not state: the rebuild's outbox is never published and it rolls no dates over. */
    static final Set<String> NOT_STATE = Set.of(
            "outbox_event",
            "rollover_log",
            "pending_refresh",
            "flyway_schema_history",
            // monitoring's stored status answers: a copy of evaluations, re-made from the state compared here
            "project_view",
            // answers kept for repeated HTTP requests, not state built from events
            "idempotency_key");

    /**
     * When a run did something: the moment it processed an event or stored a status, and the day a status last
     * changed (live: the day of the event that changed it; rebuilt: the day of the rebuild). The statuses themselves
     * are compared: both runs evaluate as of today.
     */
    static final Map<String, Set<String>> RUN_TIMES = Map.of(
            "processed_event", Set.of("processed_at"),
            "current_status", Set.of("evaluated_on", "updated_at"));

    /** Rows fetched per side and table to show what differs; the counts are always complete. */
    private static final int SHOWN = 1000;

    private final Connection connection;

    SchemaComparison(Connection connection) {
        this.connection = connection;
    }

    /** One entry per table with at least one difference (a missing table counts as one); empty when equal. */
    List<TableDifferences> compare(String live, String rebuilt) throws SQLException {
        Set<String> liveTables = tables(live);
        Set<String> rebuiltTables = tables(rebuilt);
        List<TableDifferences> differences = new ArrayList<>();
        Set<String> all = new TreeSet<>(liveTables);
        all.addAll(rebuiltTables);
        for (String table : all) {
            if (!rebuiltTables.contains(table) || !liveTables.contains(table)) {
                String where = liveTables.contains(table) ? "the rebuild" : "the live schema";
                differences.add(TableDifferences.missingTable(table, "table missing in " + where));
                continue;
            }
            TableDifferences found = compareTable(live, rebuilt, table);
            if (!found.isEmpty()) {
                differences.add(found);
            }
        }
        return differences;
    }

    /** The tables holding state, i.e. every base table of the schema except {@link #NOT_STATE}. */
    Set<String> tables(String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!NOT_STATE.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    private TableDifferences compareTable(String live, String rebuilt, String table) throws SQLException {
        Map<String, String> columns = columns(live, table);
        RUN_TIMES.getOrDefault(table, Set.of()).forEach(columns::remove);
        List<String> key = primaryKey(live, table);
        if (key.isEmpty() || !columns.keySet().containsAll(key)) {
            key = List.copyOf(columns.keySet());
        }
        long liveOnly = count(except(live, rebuilt, table, columns));
        long rebuiltOnly = count(except(rebuilt, live, table, columns));
        if (liveOnly == 0 && rebuiltOnly == 0) {
            return TableDifferences.none(table);
        }
        List<Map<String, String>> liveRows = rows(except(live, rebuilt, table, columns), key);
        List<Map<String, String>> rebuiltRows = rows(except(rebuilt, live, table, columns), key);
        return TableDifferences.of(table, key, liveOnly, rebuiltOnly, liveRows, rebuiltRows);
    }

    /** Column name → the expression it is compared by (json has no equality; jsonb has). */
    private Map<String, String> columns(String schema, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type FROM "
                + "information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String quoted = quote(name);
                    columns.put(name, "json".equals(rs.getString(2)) ? quoted + "::jsonb" : quoted);
                }
            }
        }
        return columns;
    }

    private List<String> primaryKey(String schema, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.attname FROM pg_index i "
                + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                + "WHERE i.indrelid = to_regclass(?) AND i.indisprimary "
                + "ORDER BY array_position(i.indkey::int2[], a.attnum)")) {
            query.setString(1, quote(schema) + "." + quote(table));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        return key;
    }

    /** Rows of {@code from} that {@code other} does not have, duplicates counted (EXCEPT ALL). */
    private static String except(String from, String other, String table, Map<String, String> columns) {
        String select = columns.entrySet().stream()
                .map(c -> c.getValue() + " AS " + quote(c.getKey()))
                .collect(Collectors.joining(", "));
        return "SELECT " + select + " FROM " + quote(from) + "." + quote(table) + " EXCEPT ALL SELECT " + select
                + " FROM " + quote(other) + "." + quote(table);
    }

    private long count(String rows) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM (" + rows + ") d")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Up to {@link #SHOWN} rows as text, in key order so that both sides show the same keys. */
    private List<Map<String, String>> rows(String rows, List<String> key) throws SQLException {
        String order = key.stream().map(SchemaComparison::quote).collect(Collectors.joining(", "));
        List<Map<String, String>> result = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT * FROM (" + rows + ") d ORDER BY " + order + " LIMIT " + SHOWN)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    /** Schema, table and column names come from the catalog or from a validated option; quoting keeps them exact. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
