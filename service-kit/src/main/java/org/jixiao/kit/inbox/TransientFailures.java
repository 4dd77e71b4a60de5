package org.jixiao.kit.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Tells a failure that will pass (database unreachable, connection pool exhausted) from one that will not. */
public final class TransientFailures {
    private TransientFailures() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                // Class 08: connection exception; 57P0x: server shutting down; 53: insufficient resources;
                // 40001/40P01: serialization failure, deadlock: PostgreSQL rolled the transaction back, a retry passes.
                String state = sql.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("57P")
                        || state.startsWith("53")
                        || state.equals("40001")
                        || state.equals("40P01")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
