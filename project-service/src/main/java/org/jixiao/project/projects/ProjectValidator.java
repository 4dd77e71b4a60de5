package org.jixiao.project.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.project.rules.Amounts;

/** Field rules of a project: every violation is collected so the caller sees all of them at once. */
public final class ProjectValidator {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private ProjectValidator() {}

    public static void validate(ProjectFields request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a project is required");
        }
        Violations violations = new Violations();
        violations.check(request.unitCode() != null && !request.unitCode().isBlank(), "unitCode", "is required");
        if (violations.check(request.fiscalYear() != null, "fiscalYear", "is required")) {
            violations.check(
                    request.fiscalYear() >= MIN_YEAR && request.fiscalYear() <= MAX_YEAR,
                    "fiscalYear",
                    "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        violations.check(request.name() != null && !request.name().isBlank(), "name", "is required");
        checkBudget(violations, request.budget());
        if (request.goals() != null) {
            for (int i = 0; i < request.goals().size(); i++) {
                String goal = request.goals().get(i);
                violations.check(goal != null && !goal.isBlank(), "goals[" + i + "]", "must not be blank");
            }
        }
        LocalDate start = request.periodStart();
        LocalDate end = request.periodEnd();
        if (start != null && end != null) {
            violations.check(!start.isAfter(end), "periodEnd", "must not be before periodStart");
        }
        violations.throwIfAny();
    }

    private static void checkBudget(Violations violations, ProjectBudget budget) {
        if (!violations.check(budget != null, "budget", "is required")) {
            return;
        }
        Amounts.check(violations, "budget.total", budget.total(), true);
        Amounts.check(violations, "budget.fiscal", budget.fiscal(), false);
        Amounts.check(violations, "budget.other", budget.other(), false);
        if (budget.total() != null && budget.fiscal() != null) {
            BigDecimal other = budget.other() == null ? BigDecimal.ZERO : budget.other();
            violations.check(
                    budget.fiscal().add(other).compareTo(budget.total()) == 0,
                    "budget",
                    "fiscal (" + budget.fiscal().toPlainString() + ") + other (" + other.toPlainString()
                            + ") must equal total (" + budget.total().toPlainString() + ")");
        }
    }
}
