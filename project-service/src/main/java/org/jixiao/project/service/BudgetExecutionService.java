package org.jixiao.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.events.BudgetExecutionRecorded;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.project.api.BudgetExecutionRequest;
import org.jixiao.project.api.BudgetExecutionResponse;
import org.jixiao.project.api.Money;
import org.jixiao.project.domain.BudgetExecution;
import org.jixiao.project.domain.Project;

/**
 * Records cumulative spending. Postings must move forward in time: a post for a date earlier than (or equal to) the
 * latest one would rewrite history that monitoring has already evaluated, so it is rejected.
 */
@ApplicationScoped
@Transactional
public class BudgetExecutionService {
    private final Outbox outbox;
    private final ProjectService projects;

    BudgetExecutionService(Outbox outbox, ProjectService projects) {
        this.outbox = outbox;
        this.projects = projects;
    }

    public BudgetExecutionResponse record(long projectId, BudgetExecutionRequest request) {
        Project project = projects.get(projectId);
        Violations violations = new Violations();
        if (request == null) {
            throw ProblemException.invalid("body", "asOf and spent are required");
        }
        violations.check(request.asOf() != null, "asOf", "is required");
        Amounts.check(violations, "spent", request.spent(), true);
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
        return toResponse(project, execution);
    }

    public List<BudgetExecutionResponse> history(long projectId) {
        Project project = projects.get(projectId);
        return BudgetExecution.<BudgetExecution>find("projectId = ?1 order by asOf", projectId).stream()
                .map(e -> toResponse(project, e))
                .toList();
    }

    private static BudgetExecutionResponse toResponse(Project project, BudgetExecution execution) {
        BigDecimal rate = project.budgetTotal.signum() == 0
                ? null
                : execution.spent.divide(project.budgetTotal, 4, RoundingMode.HALF_UP);
        return new BudgetExecutionResponse(project.id, execution.asOf, Money.display(execution.spent), rate);
    }
}
