package org.jixiao.monitoring.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.testinfra.DedicatedInfra;

/** Plain JDBC on one of the runs' databases: what a person would look at with psql. */
final class Database {
    private final DedicatedInfra infra;
    final String name;

    Database(DedicatedInfra infra, String name) {
        this.infra = infra;
        this.name = name;
    }

    long count(String sql, Object... parameters) {
        List<List<String>> rows = query(sql, parameters);
        return Long.parseLong(rows.get(0).get(0));
    }

    /** Every row as its columns' text, in the query's order. */
    List<List<String>> query(String sql, Object... parameters) {
        try (Connection c = infra.connect(name);
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(name + ": " + sql + " failed", e);
        }
    }

    int update(String sql, Object... parameters) {
        try (Connection c = infra.connect(name);
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(name + ": " + sql + " failed", e);
        }
    }
}
