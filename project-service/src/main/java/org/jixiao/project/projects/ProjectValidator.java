package org.jixiao.project.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;
import org.jixiao.project.rules.Amounts;

/** Field rules of a project: every violation is collected so the caller sees all of them at once. */
public final class ProjectValidator {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private ProjectValidator() {}

    /**
     * Refuses over-long text before anything else looks at the request (the scope check quotes the unit code): sizes
     * are judged without reading the content, and nothing longer than a limit is ever quoted back.
     */
    public static void requireBoundedText(ProjectFields request) {
        if (request == null) {
            return;
        }
        Violations violations = new Violations();
        checkText(violations, request);
        violations.throwIfAny();
    }

    public static void validate(ProjectFields request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a project is required");
        }
        Violations violations = new Violations();
        checkText(violations, request);
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

    private static void checkText(Violations violations, ProjectFields request) {
        TextLimits.check(violations, "unitCode", request.unitCode(), TextLimits.CODE);
        TextLimits.check(violations, "name", request.name(), TextLimits.NAME);
        TextLimits.check(violations, "purpose", request.purpose(), TextLimits.DESCRIPTION);
        if (request.goals() != null) {
            for (int i = 0; i < request.goals().size(); i++) {
                TextLimits.check(violations, "goals[" + i + "]", request.goals().get(i), TextLimits.DESCRIPTION);
            }
        }
    }

    private static void checkBudget(Violations violations, ProjectBudget budget) {
        if (!violations.check(budget != null, "budget", "is required")) {
            return;
        }
        boolean total = Amounts.check(violations, "budget.total", budget.total(), true);
        boolean fiscal = Amounts.check(violations, "budget.fiscal", budget.fiscal(), false);
        boolean other = Amounts.check(violations, "budget.other", budget.other(), false);
        // Only amounts that passed are added and quoted: their size is bounded.
        if (total && fiscal && other && budget.fiscal() != null) {
            BigDecimal otherFunds = budget.other() == null ? BigDecimal.ZERO : budget.other();
            violations.check(
                    budget.fiscal().add(otherFunds).compareTo(budget.total()) == 0,
                    "budget",
                    "fiscal (" + budget.fiscal().toPlainString() + ") + other (" + otherFunds.toPlainString()
                            + ") must equal total (" + budget.total().toPlainString() + ")");
        }
    }
}
