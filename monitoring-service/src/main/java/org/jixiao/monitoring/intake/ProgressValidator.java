package org.jixiao.monitoring.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.ReportChecks;
import org.jixiao.monitoring.rules.ReportTexts;
import org.jixiao.targets.TargetValue;

/**
 * Checks a report against monitoring's read model: the indicator exists, the date lies in the project period and not
 * in the future, and the value fits the target (a compatible unit, or a qualitative answer for qualitative targets).
 */
@ApplicationScoped
public class ProgressValidator {

    private final Clock clock;

    ProgressValidator(Clock clock) {
        this.clock = clock;
    }

    /** Returns the indicator and project the report is about; throws a 422 listing every problem. */
    public Subject validate(ProgressRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a progress report is required");
        }
        Violations violations = new Violations();
        violations.check(request.indicatorId() != null, "indicatorId", "is required");
        violations.check(request.asOf() != null, "asOf", "is required");
        violations.check(request.value() != null && !request.value().isBlank(), "value", "is required");
        checkLengths(violations, request);
        violations.throwIfAny();
        MonIndicator indicator = MonIndicator.findById(request.indicatorId());
        if (indicator == null) {
            throw ProblemException.invalid("indicatorId", "indicator " + request.indicatorId() + " is not known");
        }
        MonProject project = MonProject.findById(indicator.projectId);
        if (project == null) {
            throw ProblemException.invalid("indicatorId", "the indicator's project is not known yet");
        }
        ReportChecks.asOf(request.asOf(), project.periodStart, project.periodEnd, LocalDate.now(clock))
                .ifPresent(reason -> violations.add("asOf", reason));
        checkValue(violations, "value", request.value().strip(), indicator.target, false);
        if (request.forecast() != null && !request.forecast().isBlank()) {
            checkValue(violations, "forecast", request.forecast().strip(), indicator.target, true);
        }
        ReportChecks.code(request.likelihood(), ReportChecks.LIKELIHOODS)
                .ifPresent(reason -> violations.add("likelihood", reason));
        if (request.deviation() != null) {
            // A deviation without a category is as unknown as a misspelt one.
            String category = request.deviation().category() == null
                    ? ""
                    : request.deviation().category();
            ReportChecks.code(category, ReportChecks.DEVIATIONS)
                    .ifPresent(reason -> violations.add("deviation.category", reason));
        }
        if (request.corrects() != null) {
            ProgressReport corrected = ProgressReport.findById(request.corrects());
            violations.check(
                    corrected != null && corrected.indicatorId.equals(indicator.id),
                    "corrects",
                    "must name an earlier report on the same indicator");
        }
        violations.throwIfAny();
        return new Subject(indicator, project);
    }

    /** Before anything reads the text (ReportTexts), so REST, batches and the topic refuse the same lengths. */
    private static void checkLengths(Violations violations, ProgressRequest request) {
        ReportTexts.check(
                violations,
                request.value(),
                request.forecast(),
                request.reporter(),
                request.likelihood(),
                request.correctiveAction(),
                request.deviation() == null ? null : request.deviation().category(),
                request.deviation() == null ? null : request.deviation().reason());
    }

    /** The shared value check (ReportChecks), so REST, batches and the topic refuse the same values. */
    private static void checkValue(
            Violations violations, String field, String value, TargetValue target, boolean forecast) {
        ReportChecks.value(value, target, forecast).ifPresent(reason -> violations.add(field, reason));
    }

    public record Subject(MonIndicator indicator, MonProject project) {}
}
