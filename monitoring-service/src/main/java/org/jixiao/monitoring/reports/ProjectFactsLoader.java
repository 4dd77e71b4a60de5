package org.jixiao.monitoring.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.monitoring.readmodel.BudgetExecutions;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.status.ProjectStatusView;
import org.jixiao.monitoring.status.StatusEvaluator;

/**
 * Loads a project's facts in one transaction: the status evaluation (the same as {@code GET /api/status/projects}),
 * its indicators in the same order, and their reports in one query.
 */
@ApplicationScoped
@Transactional
public class ProjectFactsLoader {
    private final StatusEvaluator evaluator;
    private final BudgetExecutions executions;

    ProjectFactsLoader(StatusEvaluator evaluator, BudgetExecutions executions) {
        this.evaluator = evaluator;
        this.executions = executions;
    }

    /** Throws a 404 problem when the project is not known to monitoring. */
    ProjectFacts load(long projectId, LocalDate asOf) {
        ProjectStatusView status = evaluator.project(projectId, asOf);
        MonProject project = MonProject.findById(projectId);
        Map<Long, List<ProgressReport>> reports =
                ProgressReport.ofProject(projectId).stream().collect(Collectors.groupingBy(r -> r.indicatorId));
        List<IndicatorFacts> indicators =
                MonIndicator.<MonIndicator>list("projectId = ?1 order by id", projectId).stream()
                        .map(i -> IndicatorFacts.of(i, reports.getOrDefault(i.id, List.of())))
                        .toList();
        return new ProjectFacts(project, status, executions.spentAsOf(projectId, status.asOf()), indicators);
    }
}
