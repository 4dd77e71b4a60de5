package org.jixiao.kit.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /**
     * Runs {@code attempt} until it succeeds or fails for good: after a passing failure it tells {@code beforeRetry}
     * the pause, waits it with {@code sleeper} and tries again, the pause doubling from 200 ms up to
     * {@code maxBackoff}. A failure that will not pass is thrown as it is.
     */
    public static <T> T retry(
            Supplier<T> attempt, Duration maxBackoff, Consumer<Duration> sleeper, Consumer<Duration> beforeRetry) {
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                beforeRetry.accept(backoff);
                sleeper.accept(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    /** Waits before a retry; being interrupted ends the wait with an exception. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
