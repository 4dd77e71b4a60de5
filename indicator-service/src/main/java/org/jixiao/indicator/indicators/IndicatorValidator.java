package org.jixiao.indicator.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.rules.IndicatorLevels;
import org.jixiao.indicator.indicators.rules.TextLimits;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;

/** Field rules of an indicator; every violation is collected. The target text itself is never rejected. */
final class IndicatorValidator {
    private IndicatorValidator() {}

    static void validate(DefineIndicator request) {
        if (request == null) {
            throw ProblemException.invalid("body", "an indicator is required");
        }
        Violations violations = new Violations();
        limit(violations, "level1", request.level1(), TextLimits.LEVEL);
        limit(violations, "level2", request.level2(), TextLimits.LEVEL);
        limit(violations, "name", request.name(), TextLimits.NAME);
        limit(violations, "description", request.description(), TextLimits.DESCRIPTION);
        limit(violations, "target", request.target(), TextLimits.TARGET);
        violations.throwIfAny(); // before anything reads or echoes an over-long text
        violations.check(request.projectId() != null, "projectId", "is required");
        boolean levelsGiven = violations.check(present(request.level1()), "level1", "is required")
                & violations.check(present(request.level2()), "level2", "is required");
        if (levelsGiven && !IndicatorLevels.isAllowed(request.level1(), request.level2())) {
            violations.add(
                    IndicatorLevels.ALLOWED.containsKey(request.level1()) ? "level2" : "level1",
                    "'" + request.level1() + "/" + request.level2() + "' is not allowed; allowed: "
                            + IndicatorLevels.describe());
        }
        violations.check(present(request.name()), "name", "is required");
        violations.check(present(request.target()), "target", "is required (the 指标值 as written)");
        if (request.weight() != null) {
            violations.check(
                    request.weight().signum() > 0 && request.weight().compareTo(BigDecimal.valueOf(100)) <= 0,
                    "weight",
                    "must be more than 0 and at most 100");
        }
        if (request.milestones() != null) {
            LocalDate previous = null;
            for (int i = 0; i < request.milestones().size(); i++) {
                Milestone m = request.milestones().get(i);
                String field = "milestones[" + i + "]";
                if (!violations.check(
                        m != null && m.asOf() != null && m.planned() != null, field, "needs asOf and planned")) {
                    continue;
                }
                violations.check(
                        previous == null || m.asOf().isAfter(previous),
                        field + ".asOf",
                        "must be after the previous milestone");
                violations.check(m.planned().signum() >= 0, field + ".planned", "must not be negative");
                previous = m.asOf();
            }
        }
        violations.throwIfAny();
    }

    private static void limit(Violations violations, String field, String text, int max) {
        String problem = TextLimits.tooLong(text, max);
        if (problem != null) {
            violations.add(field, problem);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
