package org.jixiao.monitoring.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.ProgressReported;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;

/**
 * Checks every report of a batch with the rules of a single report and turns them into events only if all pass;
 * otherwise one 422 lists every failing report and field. Read-only.
 */
@ApplicationScoped
public class BatchValidation {
    private final ProgressValidator validator;

    BatchValidation(ProgressValidator validator) {
        this.validator = validator;
    }

    @Transactional
    public List<EventEnvelope<ProgressReported>> validateAll(List<BatchRow> rows) {
        preload(rows);
        Violations violations = new Violations();
        List<EventEnvelope<ProgressReported>> events = new ArrayList<>(rows.size());
        Instant reportedAt = Instant.now();
        for (BatchRow row : rows) {
            if (!row.violations().isEmpty()) {
                // The row could not even be read; its rule checks would only repeat the same complaint.
                row.violations().forEach(v -> violations.add(v.field(), v.message()));
                continue;
            }
            try {
                ProgressValidator.Subject subject = validator.validateLoaded(row.request());
                events.add(ProgressEvents.of(row.request(), subject, reportedAt));
            } catch (ProblemException e) {
                if (e.status() != 422) {
                    throw e;
                }
                e.violations().stream()
                        .map(v -> row.violation(v.field(), v.message()))
                        .forEach(v -> violations.add(v.field(), v.message()));
            }
        }
        violations.throwIfAny();
        return events;
    }

    /**
     * Loads the batch's indicators, their projects and corrected reports in three queries, so the per-report checks
     * find them in the persistence context instead of asking the database once per report.
     */
    private static void preload(List<BatchRow> rows) {
        List<Long> indicatorIds = rows.stream()
                .map(BatchRow::request)
                .filter(Objects::nonNull)
                .map(ProgressRequest::indicatorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!indicatorIds.isEmpty()) {
            List<Long> projectIds = MonIndicator.<MonIndicator>list("id in ?1", indicatorIds).stream()
                    .map(indicator -> indicator.projectId)
                    .distinct()
                    .toList();
            if (!projectIds.isEmpty()) {
                MonProject.list("id in ?1", projectIds);
            }
        }
        List<java.util.UUID> corrected = rows.stream()
                .map(BatchRow::request)
                .filter(Objects::nonNull)
                .map(ProgressRequest::corrects)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!corrected.isEmpty()) {
            ProgressReport.list("id in ?1", corrected);
        }
    }
}
