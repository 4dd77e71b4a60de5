package org.jixiao.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The consumer's log of processed event ids ({@code processed_event}). Written in the same transaction as the state
 * change, so a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the event as processed; false if it already was (then the caller must do nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String topic) {
        int inserted = em.createNativeQuery(
                        "INSERT INTO processed_event (event_id, topic) VALUES (:id, :topic) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("topic", topic)
                .executeUpdate();
        return inserted == 1;
    }
}
