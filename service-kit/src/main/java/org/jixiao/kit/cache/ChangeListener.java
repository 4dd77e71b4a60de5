package org.jixiao.kit.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL notification channels on a connection of its own and tells each channel's cache which keys
 * changed (the payload is the key). While the connection is lost the caches keep nothing; once it listens again they
 * start afresh, since changes in between went untold.
 */
public final class ChangeListener implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;
    private final Map<String, NotifiedCache<?>> caches;
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts listening on each channel of {@code caches} (names are SQL identifiers chosen by the service). */
    public ChangeListener(DataSource dataSource, Map<String, NotifiedCache<?>> caches) {
        this.dataSource = dataSource;
        this.caches = Map.copyOf(caches);
        this.thread = new Thread(this::run, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
                caches.values().forEach(cache -> cache.listening(true));
                tell(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("listening for changes failed, reads load until it listens again: %s", e.toString());
                }
            } finally {
                caches.values().forEach(cache -> cache.listening(false));
            }
            if (running) {
                pause();
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String channel : caches.keySet()) {
                statement.execute("LISTEN " + channel);
            }
        }
    }

    private void tell(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                NotifiedCache<?> cache = caches.get(notification.getName());
                if (cache != null) {
                    changed(cache, notification.getParameter());
                }
            }
        }
    }

    private static void changed(NotifiedCache<?> cache, String key) {
        try {
            cache.changed(Long.parseLong(key));
        } catch (NumberFormatException e) {
            cache.forgetAll();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening (within {@value #WAIT_MILLIS} ms) and gives the connection back. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2 * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
