package org.jixiao.kit.outbox;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** {@link OutboxRows} on PostgreSQL through the caller's transaction. */
final class JpaOutboxRows implements OutboxRows {
    /** A transaction-scoped advisory lock keeps two instances from relaying at once, which would break the order. */
    private static final long RELAY_LOCK = 0x6a6978616fL;

    private static final String PENDING = "SELECT id, event_id, topic, message_key, event_type, event_version, payload"
            + " FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?";

    private final EntityManager em;

    JpaOutboxRows(EntityManager em) {
        this.em = em;
    }

    /**
     * The lock and the read run as plain statements on the transaction's connection: the relay passes after every
     * consumed batch, and a native query through Hibernate, or entities it would build and track, cost more than the
     * statements themselves.
     */
    @Override
    public boolean tryLock() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet row = lock.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** Detached rows: the relay only reads them, and marks them published in one statement. */
    @Override
    public List<OutboxEvent> pending(int limit) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(PENDING)) {
                select.setInt(1, limit);
                List<OutboxEvent> pending = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OutboxEvent row = new OutboxEvent();
                        row.id = rows.getLong(1);
                        row.eventId = rows.getObject(2, UUID.class);
                        row.topic = rows.getString(3);
                        row.messageKey = rows.getString(4);
                        row.eventType = rows.getString(5);
                        row.eventVersion = rows.getInt(6);
                        row.payload = rows.getString(7);
                        pending.add(row);
                    }
                }
                return pending;
            }
        });
    }

    /**
     * One statement whatever the number of rows: an {@code IN} list of parameters is another SQL text for every batch
     * size, translated by Hibernate and parsed and planned by PostgreSQL again each time, and the relay marks a
     * different number of rows on almost every pass.
     */
    @Override
    public void markPublished(List<Long> ids) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE outbox_event SET published_at = ? WHERE id = ANY (?)")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                update.executeUpdate();
            }
        });
    }
}
