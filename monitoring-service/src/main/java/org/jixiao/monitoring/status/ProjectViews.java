package org.jixiao.monitoring.status;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Each project's evaluated status as {@code GET /api/status/projects/{id}} answers it, stored by every re-evaluation
 * ({@link StatusTracker}) and served by reads without evaluating again (docs/operations.md, "Stored status views").
 * Every change of a project's inputs either re-evaluates it in the same transaction or marks it pending, so a stored
 * answer is current while no mark is pending and it was evaluated on the day the read asks for. The bodies are written
 * with the REST layer's own ObjectMapper, so a stored answer is byte for byte the evaluated one.
 */
@ApplicationScoped
public class ProjectViews {
    // Current: evaluated on the day asked for, or without one on today within the period (StatusEvaluator.day), and
    // no re-evaluation pending; StoredView.current decides the same for one kept answer.
    private static final String CURRENT_DAY =
            "v.evaluated_on = COALESCE(CAST(? AS date), LEAST(CAST(? AS date), v.period_end)) "
                    + "AND NOT EXISTS (SELECT 1 FROM pending_refresh r WHERE r.project_id = v.project_id)";
    private static final String STORED = "SELECT v.body, v.evaluated_on, v.period_end, "
            + "EXISTS (SELECT 1 FROM pending_refresh r WHERE r.project_id = v.project_id) "
            + "FROM project_view v WHERE v.project_id = ?";
    private static final String CURRENT_OF_MANY =
            "SELECT v.project_id, v.body FROM project_view v WHERE v.project_id = ANY(?) AND " + CURRENT_DAY;

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final CachedViews cached;
    private final Event<CachedViews.Rewritten> rewritten;

    ProjectViews(
            AgroalDataSource dataSource,
            EntityManager em,
            ObjectMapper json,
            Clock clock,
            CachedViews cached,
            Event<CachedViews.Rewritten> rewritten) {
        this.dataSource = dataSource;
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.cached = cached;
        this.rewritten = rewritten;
    }

    /** A project evaluated on {@code on} (its period ending {@code periodEnd}), to be stored. */
    public record Evaluated(long projectId, LocalDate on, LocalDate periodEnd, ProjectStatusView view) {}

    /**
     * The stored answer to a read as of {@code asOf} (null: today, within the project's period), or empty when the
     * read has to evaluate: nothing stored, a pending re-evaluation, or another day. Kept in memory until the row
     * changes ({@link CachedViews}); else one indexed lookup outside any transaction: a read needs no Hibernate session.
     */
    public Optional<String> current(long projectId, LocalDate asOf) {
        StoredView stored = cached.get(projectId, this::stored);
        return stored == null ? Optional.empty() : stored.current(asOf, LocalDate.now(clock));
    }

    private StoredView stored(long projectId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(STORED)) {
            select.setLong(1, projectId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new StoredView(
                                row.getString(1),
                                row.getObject(2, LocalDate.class),
                                row.getObject(3, LocalDate.class),
                                row.getBoolean(4))
                        : null;
            }
        } catch (SQLException e) {
            // The problem mappers answer 503 for an unreachable database (the SQLState says so), else 500.
            throw new IllegalStateException("reading the stored status of project " + projectId + " failed", e);
        }
    }

    /**
     * The stored answers of those projects that have a current one, read back into views (a unit's list or roll-up
     * needs the objects): one query for all of them; the caller evaluates the others.
     */
    public Map<Long, ProjectStatusView> current(Collection<Long> projectIds, LocalDate asOf) {
        Map<Long, ProjectStatusView> found = new HashMap<>();
        currentBodies(projectIds, asOf).forEach((id, body) -> found.put(id, read(body)));
        return found;
    }

    /** As {@link #current(Collection, LocalDate)}, the answers as stored, not yet read. */
    public Map<Long, String> currentBodies(Collection<Long> projectIds, LocalDate asOf) {
        Map<Long, String> found = new HashMap<>();
        if (projectIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(CURRENT_OF_MANY)) {
            select.setArray(1, c.createArrayOf("bigint", projectIds.toArray()));
            select.setObject(2, asOf);
            select.setObject(3, LocalDate.now(clock));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "reading the stored statuses of " + projectIds.size() + " projects failed", e);
        }
        return found;
    }

    /** A stored answer read back into its view. */
    public ProjectStatusView read(String body) {
        try {
            return json.readValue(body, ProjectStatusView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored status view could not be read", e);
        }
    }

    /**
     * A stored answer's status and warning, read from its start only: they come before its indicators, so a list
     * filtered by them reads back just the answers it shows (docs/benchmarks.md, "At scale").
     */
    public String[] statusAndWarning(String body) {
        String[] found = new String[2];
        try (JsonParser parser = json.getFactory().createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME && (found[0] == null || found[1] == null)) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("status".equals(field)) {
                    found[0] = parser.getValueAsString();
                } else if ("warning".equals(field)) {
                    found[1] = parser.getValueAsString();
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a stored status view could not be read", e);
        }
        return found;
    }

    /** Stores the evaluations in the caller's transaction, one statement for all of them. */
    public void save(List<Evaluated> evaluated) {
        if (evaluated.isEmpty()) {
            return;
        }
        int n = evaluated.size();
        Long[] ids = new Long[n];
        String[] days = new String[n];
        String[] ends = new String[n];
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
            Evaluated e = evaluated.get(i);
            ids[i] = e.projectId();
            days[i] = e.on().toString();
            ends[i] = e.periodEnd().toString();
            bodies[i] = body(e.view());
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO project_view "
                    + "(project_id, evaluated_on, period_end, body) SELECT * FROM unnest(?, ?, ?, ?) "
                    + "ON CONFLICT (project_id) DO UPDATE SET evaluated_on = EXCLUDED.evaluated_on, "
                    + "period_end = EXCLUDED.period_end, body = EXCLUDED.body")) {
                upsert.setArray(1, c.createArrayOf("bigint", ids));
                upsert.setArray(2, c.createArrayOf("date", days));
                upsert.setArray(3, c.createArrayOf("date", ends));
                upsert.setArray(4, c.createArrayOf("text", bodies));
                upsert.executeUpdate();
            }
        });
        rewritten.fire(new CachedViews.Rewritten(List.of(ids)));
    }

    /** Drops every stored answer: what an earlier run stored ({@link PendingRefreshes#reevaluateAll}). */
    void forgetAll() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM project_view");
        }
    }

    private String body(ProjectStatusView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a status view is always serialisable", e);
        }
    }
}
