package org.jixiao.project.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.events.BudgetExecutionRecorded;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.project.projects.Project;
import org.jixiao.project.projects.ProjectService;
import org.jixiao.project.rules.Amounts;

/**
 * Records cumulative spending. Postings must move forward in time: a post for a date earlier than (or equal to) the
 * latest one would rewrite history that monitoring has already evaluated, so it is rejected; and the date must lie in
 * the project period and not in the future, as for progress reports. The caller's unit scope is checked here, inside
 * the transaction that writes.
 */
@ApplicationScoped
@Transactional
public class BudgetExecutionService {
    private final Outbox outbox;
    private final ProjectService projects;
    private final UnitScope scope;
    private final BudgetCalendar calendar;

    BudgetExecutionService(Outbox outbox, ProjectService projects, UnitScope scope, BudgetCalendar calendar) {
        this.outbox = outbox;
        this.projects = projects;
        this.scope = scope;
        this.calendar = calendar;
    }

    public ExecutionPoint record(long projectId, Spending request) {
        Project project = projects.get(projectId);
        scope.requireWrite(project.unitCode);
        Violations violations = new Violations();
        if (request == null) {
            throw ProblemException.invalid("body", "asOf and spent are required");
        }
        violations.check(request.asOf() != null, "asOf", "is required");
        Amounts.check(violations, "spent", request.spent(), true);
        violations.throwIfAny();
        LocalDate asOf = request.asOf();
        violations.check(!asOf.isAfter(calendar.today()), "asOf", "must not be in the future");
        violations.check(
                !asOf.isBefore(project.periodStart) && !asOf.isAfter(project.periodEnd),
                "asOf",
                "must lie in the project period " + project.periodStart + " … " + project.periodEnd);
        violations.throwIfAny();
        BudgetExecution latest = BudgetExecution.find("projectId = ?1 order by asOf desc", projectId)
                .firstResult();
        if (latest != null && !request.asOf().isAfter(latest.asOf)) {
            throw ProblemException.invalid(
                    "asOf", "spending is already recorded as of " + latest.asOf + "; post a later date");
        }
        BudgetExecution execution = new BudgetExecution();
        execution.projectId = projectId;
        execution.asOf = request.asOf();
        execution.spent = request.spent();
        execution.persist();
        outbox.append(
                Topics.PROJECT_EVENTS,
                Long.toString(projectId),
                EventTypes.BUDGET_EXECUTION_RECORDED,
                BudgetExecutionRecorded.VERSION,
                new BudgetExecutionRecorded(projectId, project.unitCode, execution.asOf, execution.spent));
        return toPoint(project, execution);
    }

    public List<ExecutionPoint> history(long projectId) {
        Project project = projects.get(projectId);
        return BudgetExecution.<BudgetExecution>find("projectId = ?1 order by asOf", projectId).stream()
                .map(e -> toPoint(project, e))
                .toList();
    }

    private static ExecutionPoint toPoint(Project project, BudgetExecution execution) {
        BigDecimal rate = project.budgetTotal.signum() == 0
                ? null
                : execution.spent.divide(project.budgetTotal, 4, RoundingMode.HALF_UP);
        return new ExecutionPoint(project.id, execution.asOf, execution.spent, rate);
    }
}
