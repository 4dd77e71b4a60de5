package org.jixiao.monitoring.intake;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.kit.cache.CacheMeters;
import org.jixiao.kit.cache.ChangeListener;
import org.jixiao.kit.cache.NotifiedCache;
import org.jixiao.monitoring.readmodel.StoredTargets;
import org.jixiao.targets.TargetValue;

/**
 * What the checks of one posted report read: its indicator's target and its project's unit and period. Both are kept
 * in memory until PostgreSQL tells that the rows' checked columns changed (migration V11; docs/operations.md, "Checking
 * a posted report"), so a report on an indicator posted before needs no connection; otherwise an indexed query on a plain
 * connection (no Hibernate session, no entities). A target revised by any instance's consumer is told within about a
 * millisecond of its commit; a report checked in that moment meets the previous target, as it would have a moment
 * earlier. An unknown indicator or project is never kept. The two caches share one listening connection, which is why
 * this is not two {@code ReadCache}s.
 */
@ApplicationScoped
class ReportSubjects {
    static final String INDICATORS_CHANNEL = "report_indicator_changed";
    static final String PROJECTS_CHANNEL = "report_project_changed";
    private static final String FIND_INDICATOR = "SELECT target::text, project_id FROM mon_indicator WHERE id = ?";
    private static final String FIND_PROJECT =
            "SELECT unit_code, period_start, period_end FROM mon_project WHERE id = ?";

    private final AgroalDataSource dataSource;
    private final StoredTargets targets;
    private final NotifiedCache<CheckedIndicator> indicators;
    private final NotifiedCache<CheckedProject> projects;
    private final boolean enabled;
    private ChangeListener listener;

    ReportSubjects(
            AgroalDataSource dataSource,
            StoredTargets targets,
            MeterRegistry registry,
            @ConfigProperty(name = "jixiao.report-subjects.max-bytes", defaultValue = "8000000") long maxBytes) {
        this.dataSource = dataSource;
        this.targets = targets;
        this.enabled = maxBytes > 0;
        this.indicators = new NotifiedCache<>(Math.max(maxBytes, 1), CheckedIndicator::weight);
        this.projects = new NotifiedCache<>(Math.max(maxBytes / 4, 1), project -> 64);
        CacheMeters.register(registry, "jixiao.report.indicator.cache", "Indicators read by report checks", indicators);
        CacheMeters.register(registry, "jixiao.report.project.cache", "Projects read by report checks", projects);
    }

    /** An indicator's target and its project (null fields: the project is not known yet). */
    record Found(
            long indicatorId, TargetValue target, Long projectId, String unitCode, LocalDate start, LocalDate end) {}

    private record CheckedIndicator(TargetValue target, long projectId, int weight) {}

    private record CheckedProject(String unitCode, LocalDate start, LocalDate end) {}

    /** The indicator's target and project as last told; empty when the indicator is not known. */
    Optional<Found> find(long indicatorId) {
        CheckedIndicator indicator = indicators.get(indicatorId, this::loadIndicator);
        if (indicator == null) {
            return Optional.empty();
        }
        CheckedProject project = projects.get(indicator.projectId(), this::loadProject);
        return Optional.of(
                project == null
                        ? new Found(indicatorId, indicator.target(), null, null, null, null)
                        : new Found(
                                indicatorId,
                                indicator.target(),
                                indicator.projectId(),
                                project.unitCode(),
                                project.start(),
                                project.end()));
    }

    private CheckedIndicator loadIndicator(long id) {
        return query(FIND_INDICATOR, id, row -> {
            String target = row.getString(1);
            // Weighed like the status cache: two bytes a character, plus the parsed target's objects.
            return new CheckedIndicator(targets.target(target), row.getLong(2), 2 * target.length() + 200);
        });
    }

    private CheckedProject loadProject(long id) {
        return query(
                FIND_PROJECT,
                id,
                row -> new CheckedProject(
                        row.getString(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The one row {@code sql} finds for {@code id}, or null. */
    private <T> T query(String sql, long id, RowReader<T> reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? reader.read(row) : null;
            }
        } catch (SQLException e) {
            // The problem mappers answer 503 for an unreachable database (the SQLState says so), else 500.
            throw new IllegalStateException("reading " + id + " for a report's checks failed", e);
        }
    }

    void start(@Observes StartupEvent started) {
        if (enabled) {
            listener =
                    new ChangeListener(dataSource, Map.of(INDICATORS_CHANNEL, indicators, PROJECTS_CHANNEL, projects));
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (listener != null) {
            listener.close();
        }
    }
}
