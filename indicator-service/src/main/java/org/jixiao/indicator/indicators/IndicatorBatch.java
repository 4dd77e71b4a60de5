package org.jixiao.indicator.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.StatelessSession;
import org.jixiao.indicator.projects.KnownProject;
import org.jixiao.kit.outbox.Outbox;

/**
 * Defines many indicators of one project in the caller's transaction, as an import does, at a cost linear in their
 * number: the project's indicators are looked up once (not once per row), the new rows, their first revisions and
 * their {@code IndicatorDefined} events are written in JDBC batches through a stateless session, so the persistence
 * context does not grow with the table. The indicators the project already has are left as they are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndicatorBatch {
    private final EntityManager em;
    private final StatelessSession rows;
    private final Outbox outbox;

    IndicatorBatch(EntityManager em, StatelessSession rows, Outbox outbox) {
        this.em = em;
        this.rows = rows;
        this.outbox = outbox;
    }

    /**
     * Defines those of {@code requests} the project lacks, in order, after its existing indicators; writes every
     * {@code batchSize} of them at once. Returns how many were defined.
     */
    public int defineMissing(KnownProject project, List<DefineIndicator> requests, int batchSize) {
        requests.forEach(IndicatorValidator::validate);
        em.flush(); // the rows below go through another session on the same connection: the project must be there
        Set<List<String>> taken = existingKeys(project.id);
        int position = taken.size(); // the unique key makes this the project's indicator count
        List<Indicator> pending = new ArrayList<>(Math.min(batchSize, requests.size()));
        int defined = 0;
        for (DefineIndicator request : requests) {
            if (!taken.add(
                    key(request.level1(), request.level2(), request.name().strip()))) {
                continue;
            }
            pending.add(Indicator.of(project, request, position++));
            defined++;
            if (pending.size() == batchSize) {
                write(pending);
                pending.clear();
            }
        }
        write(pending);
        return defined;
    }

    private Set<List<String>> existingKeys(long projectId) {
        List<Object[]> rows = em.createQuery(
                        "select level1, level2, name from Indicator where projectId = :project", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
        Set<List<String>> keys = new HashSet<>();
        rows.forEach(row -> keys.add(key((String) row[0], (String) row[1], (String) row[2])));
        return keys;
    }

    private static List<String> key(String level1, String level2, String name) {
        return List.of(level1, level2, name);
    }

    /**
     * Inserts the indicators and their first revisions as JDBC batches and appends their events. The stateless
     * session keeps no copy of what it writes, so nothing is snapshotted, dirty-checked or held until commit.
     */
    private void write(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        rows.insertMultiple(indicators); // assigns the ids the revisions and events refer to
        rows.insertMultiple(indicators.stream().map(IndicatorRevision::of).toList());
        outbox.appendAll(indicators.stream().map(IndicatorEvents::defined).toList());
    }
}
