package org.jixiao.monitoring.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.status.IndicatorStatusView;

/** Builds the 绩效监控表 of a project from its facts. */
@ApplicationScoped
@Transactional
public class MonitoringReports {
    private final ProjectFactsLoader loader;

    MonitoringReports(ProjectFactsLoader loader) {
        this.loader = loader;
    }

    public MonitoringReport build(long projectId, LocalDate asOf) {
        ProjectFacts facts = loader.load(projectId, asOf);
        MonProject project = facts.project();
        Map<Long, String> statuses = facts.status().indicators().stream()
                .collect(Collectors.toMap(
                        IndicatorStatusView::indicatorId, v -> v.status().name()));
        List<MonitoringRow> rows = facts.indicators().stream()
                .map(i -> MonitoringRow.of(
                        i.indicator(),
                        ReportedFigures.of(i, project.period(), facts.on()),
                        statuses.get(i.indicator().id)))
                .toList();
        return new MonitoringReport(
                project.id,
                project.name,
                project.unitCode,
                project.fiscalYear,
                facts.on(),
                MonitoringReport.throughMonth(facts.on(), project.fiscalYear),
                project.budgetTotal,
                facts.spent(),
                facts.status().executionRate(),
                rows);
    }
}
