package org.jixiao.monitoring.messaging;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jixiao.events.ProgressReported;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.rules.ReportChecks;

/**
 * The checks REST applies to a report, applied to one written straight to {@code progress-events} (docs/security.md,
 * "Hostile input"): value and forecast against the target, the date inside the project period and not after the day
 * the event was published, known likelihood and deviation codes, and {@code corrects} naming an earlier report on the
 * same indicator. What the checks look up is loaded for the whole batch at once (by the consumer, plain SQL).
 */
final class TopicReportChecks {
    private TopicReportChecks() {}

    /** What REST would refuse in the report, as "field: reason", the first field first; empty when it may be stored. */
    static Optional<String> refusal(
            ProgressReported reported,
            MonIndicator indicator,
            MonProject project,
            LocalDate madeOn,
            Map<UUID, Long> correctable) {
        boolean forecast = reported.forecast() != null && !reported.forecast().isBlank();
        return named("value", ReportChecks.value(reported.value(), indicator.target, false))
                .or(() -> forecast
                        ? named(
                                "forecast",
                                ReportChecks.value(reported.forecast().strip(), indicator.target, true))
                        : Optional.empty())
                .or(() -> project == null
                        ? Optional.of("indicatorId: the indicator's project is not known yet")
                        : unitOf(reported, project))
                // From here on the project is known: a missing one was refused just above.
                .or(() -> named(
                        "asOf", ReportChecks.asOf(reported.asOf(), project.periodStart, project.periodEnd, madeOn)))
                .or(() -> named("likelihood", ReportChecks.code(reported.likelihood(), ReportChecks.LIKELIHOODS)))
                .or(() -> reported.deviation() == null
                        ? Optional.empty()
                        : named(
                                "deviation.category",
                                ReportChecks.code(
                                        Objects.requireNonNullElse(
                                                reported.deviation().category(), ""),
                                        ReportChecks.DEVIATIONS)))
                .or(() -> reported.corrects() == null
                                || Long.valueOf(indicator.id).equals(correctable.get(reported.corrects()))
                        ? Optional.empty()
                        : Optional.of("corrects: must name an earlier report on the same indicator"));
    }

    /** A report that names a unit must name its indicator's. */
    private static Optional<String> unitOf(ProgressReported reported, MonProject project) {
        return reported.unitCode() == null || reported.unitCode().equals(project.unitCode)
                ? Optional.empty()
                : Optional.of("unitCode: the indicator belongs to unit " + project.unitCode);
    }

    private static Optional<String> named(String field, Optional<String> reason) {
        return reason.map(r -> field + ": " + r);
    }

    /** The projects of the batch's indicators, each once. */
    static Set<Long> projectIds(Collection<MonIndicator> indicators) {
        Set<Long> ids = new HashSet<>();
        indicators.forEach(indicator -> ids.add(indicator.projectId));
        return ids;
    }

    /** The reports the batch's reports correct, each once: stored before, or earlier in the batch. */
    static Set<UUID> corrected(List<Object> read) {
        Set<UUID> ids = new HashSet<>();
        for (Object event : read) {
            if (event instanceof ProgressReported reported && reported.corrects() != null) {
                ids.add(reported.corrects());
            }
        }
        return ids;
    }
}
