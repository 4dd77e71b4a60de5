package org.jixiao.kit.outbox;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/** {@link OutboxRows} on PostgreSQL through the caller's transaction. */
final class JpaOutboxRows implements OutboxRows {
    /** A transaction-scoped advisory lock keeps two instances from relaying at once, which would break the order. */
    private static final long RELAY_LOCK = 0x6a6978616fL;

    private final EntityManager em;

    JpaOutboxRows(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean tryLock() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    @Override
    public List<OutboxEvent> pending(int limit) {
        // Read-only: the rows are marked published in one statement, not one UPDATE each by dirty checking.
        return em.createQuery("from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                .setMaxResults(limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
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
