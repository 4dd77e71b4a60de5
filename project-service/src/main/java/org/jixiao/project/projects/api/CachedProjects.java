package org.jixiao.project.projects.api;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.kit.cache.ReadCache;
import org.jixiao.project.projects.ProjectChanged;

/**
 * Projects as {@code GET /api/projects/{id}} answers them, kept in memory until PostgreSQL tells of a change to the
 * row (migration V2; docs/operations.md, "Cached reads"). An update in this instance drops its project as soon as it
 * commits, before its answer reaches the caller, so a caller reads its own write; other instances' changes arrive by
 * notification.
 */
@ApplicationScoped
public class CachedProjects {
    private static final String CHANNEL = "project_changed";

    private final ReadCache<ProjectResponse> projects;

    CachedProjects(
            AgroalDataSource dataSource,
            MeterRegistry registry,
            @ConfigProperty(name = "jixiao.read-cache.max-bytes", defaultValue = "4000000") long maxBytes) {
        this.projects = new ReadCache<>(
                dataSource,
                CHANNEL,
                maxBytes,
                CachedProjects::weight,
                registry,
                "jixiao.project.read.cache",
                "Project reads by id");
    }

    /** The project's answer, from memory or else from {@code load} (which answers 404 for an unknown id). */
    ProjectResponse get(long id, LongFunction<ProjectResponse> load) {
        return projects.get(id, load);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ProjectChanged changed) {
        projects.changed(changed.projectId());
    }

    void start(@Observes StartupEvent started) {
        projects.listen();
    }

    void stop(@Observes ShutdownEvent stopping) {
        projects.close();
    }

    /** Roughly the memory an answer keeps: its texts at two bytes a character, and the rest. */
    private static int weight(ProjectResponse p) {
        int chars = p.name().length() + (p.purpose() == null ? 0 : p.purpose().length());
        for (String goal : p.goals()) {
            chars += goal.length();
        }
        return 2 * chars + 512;
    }
}
