package org.jixiao.monitoring.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.monitoring.readmodel.BudgetExecutions;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.status.StatusEvaluator;
import org.jixiao.monitoring.status.UnitStatusView;

/** Builds a unit's summary from its status roll-up ({@code GET /api/status/units/{code}}) and the amounts. */
@ApplicationScoped
@Transactional
public class UnitSummaries {
    private final StatusEvaluator evaluator;
    private final BudgetExecutions executions;

    UnitSummaries(StatusEvaluator evaluator, BudgetExecutions executions) {
        this.evaluator = evaluator;
        this.executions = executions;
    }

    /** Throws a 404 problem when monitoring knows no project of the unit (in that year). */
    public UnitSummaryReport build(String unitCode, Integer fiscalYear, LocalDate asOf) {
        UnitStatusView unit = evaluator.unit(unitCode, fiscalYear, asOf);
        List<UnitSummaryRow> rows = unit.projects().stream()
                .map(p -> UnitSummaryRow.of(
                        MonProject.findById(p.projectId()), p, executions.spentAsOf(p.projectId(), p.asOf())))
                .toList();
        return UnitSummaryReport.of(
                unitCode,
                unit.fiscalYear(),
                unit.asOf(),
                unit.status().name(),
                unit.warning().name(),
                rows);
    }
}
