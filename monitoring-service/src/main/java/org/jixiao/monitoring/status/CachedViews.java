package org.jixiao.monitoring.status;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.kit.cache.ReadCache;

/**
 * Stored status answers kept in memory until PostgreSQL tells of a change to the project's answer or pending mark
 * (migration V10; docs/operations.md, "Cached reads"). A status read by id that finds its answer here needs no
 * connection at all. This instance's own re-evaluations drop their projects' answers as their transactions end;
 * other instances' arrive by notification.
 */
@ApplicationScoped
public class CachedViews {
    static final String CHANNEL = "project_view_changed";

    private final ReadCache<StoredView> views;

    CachedViews(
            AgroalDataSource dataSource,
            MeterRegistry registry,
            @ConfigProperty(name = "jixiao.read-cache.max-bytes", defaultValue = "16000000") long maxBytes) {
        this.views = new ReadCache<>(
                dataSource,
                CHANNEL,
                maxBytes,
                StoredView::weight,
                registry,
                "jixiao.status.read.cache",
                "Status reads by id");
    }

    /** Projects whose stored answers a transaction rewrote; told once it has ended (committed or not). */
    public record Rewritten(List<Long> projectIds) {}

    /** The stored answer of a project, from memory or else from {@code load} (null: none stored). */
    StoredView get(long projectId, LongFunction<StoredView> load) {
        return views.get(projectId, load);
    }

    void rewritten(@Observes(during = TransactionPhase.AFTER_COMPLETION) Rewritten rewritten) {
        rewritten.projectIds().forEach(views::changed);
    }

    void start(@Observes StartupEvent started) {
        views.listen();
    }

    void stop(@Observes ShutdownEvent stopping) {
        views.close();
    }
}
