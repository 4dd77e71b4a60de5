package org.jixiao.monitoring.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.monitoring.readmodel.BudgetExecutions;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.EarnedShare;
import org.jixiao.monitoring.rules.IndicatorEvaluation;
import org.jixiao.monitoring.rules.IndicatorRules;
import org.jixiao.monitoring.rules.Period;
import org.jixiao.monitoring.rules.ProjectEvaluation;
import org.jixiao.monitoring.rules.ProjectRules;
import org.jixiao.monitoring.rules.Report;
import org.jixiao.monitoring.rules.ScoreRules;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/**
 * Loads what the rules need from the read model and evaluates indicators, projects and units on a day. Without a day
 * it evaluates today, but never after the project's period: a finished project is judged as of its last day.
 */
@ApplicationScoped
@Transactional
public class StatusEvaluator {
    private final IndicatorRules indicatorRules;
    private final ProjectRules projectRules;
    private final ScoreRules scoreRules;
    private final EarnedShare shares;
    private final BudgetExecutions executions;
    private final ProjectViews storedAnswers;
    private final Clock clock;

    StatusEvaluator(
            IndicatorRules indicatorRules,
            ProjectRules projectRules,
            ScoreRules scoreRules,
            EarnedShare shares,
            BudgetExecutions executions,
            ProjectViews storedAnswers,
            Clock clock) {
        this.indicatorRules = indicatorRules;
        this.projectRules = projectRules;
        this.scoreRules = scoreRules;
        this.shares = shares;
        this.executions = executions;
        this.storedAnswers = storedAnswers;
        this.clock = clock;
    }

    public IndicatorStatusView indicator(long indicatorId, LocalDate asOf) {
        MonIndicator indicator = MonIndicator.findById(indicatorId);
        if (indicator == null) {
            throw ProblemException.notFound("indicator " + indicatorId + " is not known to monitoring");
        }
        MonProject project = project(indicator.projectId);
        return indicator(indicator, project, day(project, asOf));
    }

    public ProjectStatusView project(long projectId, LocalDate asOf) {
        MonProject project = project(projectId);
        return project(project, day(project, asOf));
    }

    /**
     * A unit's roll-up is per fiscal year (a frozen 2024 status never colours 2025's): without a year asked for, the
     * year of {@code asOf} (or of today).
     */
    public UnitStatusView unit(String unitCode, Integer fiscalYear, LocalDate asOf) {
        LocalDate shown = asOf != null ? asOf : LocalDate.now(clock);
        int year = fiscalYear != null ? fiscalYear : shown.getYear();
        List<ProjectStatusView> views = projectsOfUnit(unitCode, year, asOf);
        Status status = views.stream().map(ProjectStatusView::status).reduce(null, Status::worst);
        Warning warning = views.stream()
                .map(ProjectStatusView::warning)
                .max(Enum::compareTo)
                .orElse(Warning.GREEN);
        return new UnitStatusView(unitCode, year, shown, status, warning, views);
    }

    /**
     * Every project of a unit (optionally of one fiscal year), evaluated as of {@code asOf} or today: the stored answer
     * where it is current (docs/operations.md, "Stored status views"), the others evaluated here.
     */
    public List<ProjectStatusView> projectsOfUnit(String unitCode, Integer fiscalYear, LocalDate asOf) {
        List<MonProject> projects = projectsOf(unitCode, fiscalYear);
        Map<Long, ProjectStatusView> stored =
                storedAnswers.current(projects.stream().map(p -> p.id).toList(), asOf);
        return projects.stream()
                .map(p -> stored.containsKey(p.id) ? stored.get(p.id) : project(p, day(p, asOf)))
                .toList();
    }

    /**
     * The stored answers of every project of a unit in id order, not yet read, or empty when any of them has no
     * current one (then {@link #projectsOfUnit} evaluates it).
     */
    public Optional<List<String>> storedOfUnit(String unitCode, Integer fiscalYear, LocalDate asOf) {
        List<MonProject> projects = projectsOf(unitCode, fiscalYear);
        Map<Long, String> stored =
                storedAnswers.currentBodies(projects.stream().map(p -> p.id).toList(), asOf);
        if (stored.size() < projects.size()) {
            return Optional.empty();
        }
        return Optional.of(projects.stream().map(p -> stored.get(p.id)).toList());
    }

    private static List<MonProject> projectsOf(String unitCode, Integer fiscalYear) {
        List<MonProject> projects = fiscalYear == null
                ? MonProject.list("unitCode = ?1 order by id", unitCode)
                : MonProject.list("unitCode = ?1 and fiscalYear = ?2 order by id", unitCode, fiscalYear);
        if (projects.isEmpty()) {
            throw ProblemException.notFound("unit " + unitCode + " has no projects known to monitoring");
        }
        return projects;
    }

    ProjectStatusView project(MonProject project, LocalDate on) {
        List<MonIndicator> targets = MonIndicator.list("projectId = ?1 order by id", project.id);
        Map<Long, List<Report>> reportsByIndicator = ProgressReport.ofProject(project.id).stream()
                .collect(Collectors.groupingBy(
                        r -> r.indicatorId, Collectors.mapping(ProgressReport::toReport, Collectors.toList())));
        return project(project, targets, reportsByIndicator, executions.spentAsOf(project.id, on), on);
    }

    /**
     * Evaluates a project from data its caller loaded (the batch consumers load many projects in a few queries): its
     * targets in id order, their reports by indicator id, and the spending as of {@code on}. No I/O.
     */
    ProjectStatusView project(
            MonProject project,
            List<MonIndicator> targets,
            Map<Long, List<Report>> reportsByIndicator,
            BigDecimal spent,
            LocalDate on) {
        List<IndicatorStatusView> indicators = new ArrayList<>();
        List<ScoreRules.Scored> scored = new ArrayList<>();
        List<ScoreRules.Scored> projected = new ArrayList<>();
        Period period = project.period();
        for (MonIndicator target : targets) {
            List<Report> reports = reportsByIndicator.getOrDefault(target.id, List.of());
            indicators.add(indicator(target, reports, project, on));
            scored.add(new ScoreRules.Scored(
                    target.level1,
                    target.weight,
                    shares.asThingsStand(target.target, reports, target.assessedShare, period, on)));
            projected.add(new ScoreRules.Scored(
                    target.level1,
                    target.weight,
                    shares.projected(target.target, reports, target.assessedShare, target.periodOf(project), on)));
        }
        ProjectEvaluation evaluation = projectRules.evaluate(
                indicators.stream().map(IndicatorStatusView::status).toList(),
                project.budgetTotal,
                spent,
                project.period(),
                on);
        ScoreRules.Score score = scoreRules.score(scored, evaluation.executionRate());
        ScoreRules.Score atForecast =
                scoreRules.score(projected, shares.projectedExecution(evaluation.executionRate(), period, on));
        return new ProjectStatusView(
                project.id,
                project.unitCode,
                project.name,
                on,
                evaluation.status(),
                evaluation.warning(),
                evaluation.timeProgress(),
                evaluation.executionRate(),
                score.score(),
                score.grade(),
                atForecast.score(),
                atForecast.grade(),
                indicators);
    }

    private static List<Report> reportsOf(MonIndicator indicator) {
        return ProgressReport.<ProgressReport>list("indicatorId", indicator.id).stream()
                .map(ProgressReport::toReport)
                .toList();
    }

    IndicatorStatusView indicator(MonIndicator indicator, MonProject project, LocalDate on) {
        return indicator(indicator, reportsOf(indicator), project, on);
    }

    private IndicatorStatusView indicator(
            MonIndicator indicator, List<Report> reports, MonProject project, LocalDate on) {
        IndicatorEvaluation e = indicatorRules.evaluate(
                indicator.target, indicator.milestones, reports, indicator.periodOf(project), on);
        return new IndicatorStatusView(
                indicator.id,
                indicator.projectId,
                indicator.name,
                indicator.target.raw(),
                on,
                e.status(),
                e.actual(),
                e.expected(),
                e.ratio(),
                e.forecast(),
                e.explanation(),
                e.daysLate(),
                e.note());
    }

    /** The day to evaluate on: the one asked for, else today within the project period. */
    public LocalDate day(MonProject project, LocalDate asOf) {
        return asOf != null ? asOf : project.period().clamp(LocalDate.now(clock));
    }

    private static MonProject project(long projectId) {
        MonProject project = MonProject.findById(projectId);
        if (project == null) {
            throw ProblemException.notFound("project " + projectId + " is not known to monitoring");
        }
        return project;
    }
}
