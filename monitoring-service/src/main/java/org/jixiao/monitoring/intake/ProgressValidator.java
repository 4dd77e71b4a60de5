package org.jixiao.monitoring.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.ReportChecks;
import org.jixiao.targets.TargetValue;

/**
 * Checks a report against monitoring's read model: the indicator exists, the date lies in the project period and not
 * in the future, and the value fits the target (a compatible unit, or a qualitative answer for qualitative targets).
 */
@ApplicationScoped
public class ProgressValidator {
    static final Set<String> QUALITATIVE_ANSWERS = ReportChecks.QUALITATIVE_ANSWERS;
    static final Set<String> LIKELIHOODS = Set.of("CERTAIN", "LIKELY", "IMPOSSIBLE");
    static final Set<String> DEVIATIONS = Set.of("FUNDING", "RULES", "STAFF", "EQUIPMENT", "OTHER");

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
        LocalDate asOf = request.asOf();
        violations.check(!asOf.isAfter(LocalDate.now(clock)), "asOf", "must not be in the future");
        violations.check(
                !asOf.isBefore(project.periodStart) && !asOf.isAfter(project.periodEnd),
                "asOf",
                "must lie in the project period " + project.periodStart + " … " + project.periodEnd);
        checkValue(violations, "value", request.value().strip(), indicator.target, false);
        if (request.forecast() != null && !request.forecast().isBlank()) {
            checkValue(violations, "forecast", request.forecast().strip(), indicator.target, true);
        }
        if (request.likelihood() != null) {
            violations.check(LIKELIHOODS.contains(request.likelihood()), "likelihood", "must be one of " + LIKELIHOODS);
        }
        if (request.deviation() != null) {
            violations.check(
                    DEVIATIONS.contains(request.deviation().category()),
                    "deviation.category",
                    "must be one of " + DEVIATIONS);
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

    /**
     * Before anything reads the text: topics keep every report forever, and no answer may grow with the input
     * (docs/security.md, "Hostile input").
     */
    private static void checkLengths(Violations violations, ProgressRequest request) {
        TextLimits.check(violations, "value", request.value(), TextLimits.SHORT);
        TextLimits.check(violations, "forecast", request.forecast(), TextLimits.SHORT);
        TextLimits.check(violations, "reporter", request.reporter(), TextLimits.SHORT);
        TextLimits.check(violations, "likelihood", request.likelihood(), TextLimits.CODE);
        TextLimits.check(violations, "correctiveAction", request.correctiveAction(), TextLimits.DESCRIPTION);
        if (request.deviation() != null) {
            TextLimits.check(
                    violations, "deviation.category", request.deviation().category(), TextLimits.CODE);
            TextLimits.check(violations, "deviation.reason", request.deviation().reason(), TextLimits.DESCRIPTION);
        }
    }

    /** The shared value check (ReportChecks), so REST, batches and the topic refuse the same values. */
    private static void checkValue(
            Violations violations, String field, String value, TargetValue target, boolean forecast) {
        ReportChecks.value(value, target, forecast).ifPresent(reason -> violations.add(field, reason));
    }

    public record Subject(MonIndicator indicator, MonProject project) {}
}
