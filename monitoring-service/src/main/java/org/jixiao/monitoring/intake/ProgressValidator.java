package org.jixiao.monitoring.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
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
    private final ReportSubjects subjects;

    ProgressValidator(Clock clock, ReportSubjects subjects) {
        this.clock = clock;
        this.subjects = subjects;
    }

    /**
     * Returns the indicator and project the report is about; throws a 422 listing every problem. Reads what the checks
     * need in one query ({@link ReportSubjects}): for a single report, outside any transaction.
     */
    public Subject validate(ProgressRequest request) {
        return validate(request, id -> subjects.find(id));
    }

    /**
     * The same checks for a report of an uploaded batch, inside its transaction: the batch loaded its indicators and
     * projects into the persistence context in a few queries, so each row finds them there.
     */
    public Subject validateLoaded(ProgressRequest request) {
        return validate(request, id -> {
            MonIndicator indicator = MonIndicator.findById(id);
            if (indicator == null) {
                return Optional.empty();
            }
            MonProject project = MonProject.findById(indicator.projectId);
            return Optional.of(
                    project == null
                            ? new ReportSubjects.Found(id, indicator.target, null, null, null, null)
                            : new ReportSubjects.Found(
                                    id,
                                    indicator.target,
                                    project.id,
                                    project.unitCode,
                                    project.periodStart,
                                    project.periodEnd));
        });
    }

    private Subject validate(ProgressRequest request, Function<Long, Optional<ReportSubjects.Found>> lookup) {
        if (request == null) {
            throw ProblemException.invalid("body", "a progress report is required");
        }
        Violations violations = new Violations();
        violations.check(request.indicatorId() != null, "indicatorId", "is required");
        violations.check(request.asOf() != null, "asOf", "is required");
        violations.check(request.value() != null && !request.value().isBlank(), "value", "is required");
        checkLengths(violations, request);
        violations.throwIfAny();
        ReportSubjects.Found found = lookup.apply(request.indicatorId())
                .orElseThrow(() -> ProblemException.invalid(
                        "indicatorId", "indicator " + request.indicatorId() + " is not known"));
        if (found.projectId() == null) {
            throw ProblemException.invalid("indicatorId", "the indicator's project is not known yet");
        }
        ReportChecks.asOf(request.asOf(), found.start(), found.end(), LocalDate.now(clock))
                .ifPresent(reason -> violations.add("asOf", reason));
        checkValue(violations, "value", request.value().strip(), found.target(), false);
        if (request.forecast() != null && !request.forecast().isBlank()) {
            checkValue(violations, "forecast", request.forecast().strip(), found.target(), true);
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
                    corrected != null && corrected.indicatorId.equals(found.indicatorId()),
                    "corrects",
                    "must name an earlier report on the same indicator");
        }
        violations.throwIfAny();
        return new Subject(found.indicatorId(), found.projectId(), found.unitCode());
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

    /** The report's indicator, its project and the project's unit. */
    public record Subject(long indicatorId, long projectId, String unitCode) {}
}
