package org.jixiao.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The consumer's log of processed event ids ({@code processed_event}) for a whole batch in one statement: the ids
 * inserted now are the events seen for the first time; the others were applied before (a redelivery after a crash)
 * and change nothing. Written in the batch's transaction, so the ids and the state change commit together.
 */
@ApplicationScoped
public class ProcessedEvents {
    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** The items whose event id was not yet recorded, in their order; an id twice in the batch counts once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> claim(String topic, List<T> items, Function<T, UUID> idOf) {
        if (items.isEmpty()) {
            return List.of();
        }
        UUID[] ids = items.stream().map(idOf).distinct().toArray(UUID[]::new);
        Set<UUID> fresh = em.unwrap(Session.class).doReturningWork(connection -> insert(connection, topic, ids));
        List<T> first = new ArrayList<>(fresh.size());
        for (T item : items) {
            if (fresh.remove(idOf.apply(item))) {
                first.add(item);
            }
        }
        return first;
    }

    private static Set<UUID> insert(Connection connection, String topic, UUID[] ids) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO processed_event (event_id, topic) "
                + "SELECT id, ? FROM unnest(?) AS t(id) ON CONFLICT DO NOTHING RETURNING event_id")) {
            insert.setString(1, topic);
            insert.setArray(2, connection.createArrayOf("uuid", ids));
            Set<UUID> inserted = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
            return inserted;
        }
    }
}
