package org.jixiao.monitoring.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The intake's meters, registered at start so every series exists (at 0 or NaN) before the first report:
 * <ul>
 *   <li>{@code jixiao_progress_reports_accepted_total}: reports this instance accepted (POST /api/progress or
 *       /api/progress/batch answered 202, i.e. Kafka acknowledged them);
 *   <li>{@code jixiao_progress_reports_consumed_total}: reports consumed from progress-events and stored, whoever
 *       sent them (the stored total, so it is the same on every instance and survives restarts);
 *   <li>{@code jixiao_pending_refreshes}: projects marked for a deferred re-evaluation and not yet re-evaluated.
 * </ul>
 */
@Startup
@ApplicationScoped
public class IngestMeters {

    private final Counter accepted;
    private final AtomicLong consumed = new AtomicLong();
    private final LatestSample pendingRefreshes = new LatestSample();

    IngestMeters(MeterRegistry registry) {
        this.accepted = Counter.builder("jixiao.progress.reports.accepted")
                .description("Progress reports accepted by POST /api/progress and /api/progress/batch (202 after Kafka "
                        + "acknowledged them)")
                .register(registry);
        FunctionCounter.builder("jixiao.progress.reports.consumed", consumed, AtomicLong::get)
                .description("Progress reports consumed from progress-events and stored (table progress_report)")
                .register(registry);
        Gauge.builder("jixiao.pending.refreshes", pendingRefreshes, LatestSample::get)
                .description("Projects awaiting their deferred re-evaluation (table pending_refresh)")
                .strongReference(true)
                .register(registry);
    }

    void reportsAccepted(int count) {
        accepted.increment(count);
    }

    /** Reports are never deleted, so the stored total only grows; a stale or lagging read never lowers it. */
    void storedReports(long total) {
        consumed.accumulateAndGet(total, Math::max);
    }

    void pendingRefreshes(long count) {
        pendingRefreshes.set(count);
    }

    void pendingRefreshesUnknown() {
        pendingRefreshes.unknown();
    }
}
