package org.jixiao.monitoring.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.rules.EarnedShare;
import org.jixiao.monitoring.rules.ScoreRules;

/**
 * Builds the 绩效自评表 of a project: the same earned shares, weights and execution rate the project status is scored
 * with, broken down by {@link ScoreRules#breakdown}, so its total is the status' score.
 */
@ApplicationScoped
@Transactional
public class SelfEvaluations {
    private final ProjectFactsLoader loader;
    private final ScoreRules scoreRules;
    private final EarnedShare shares;

    SelfEvaluations(ProjectFactsLoader loader, ScoreRules scoreRules, EarnedShare shares) {
        this.loader = loader;
        this.scoreRules = scoreRules;
        this.shares = shares;
    }

    public SelfEvaluationReport build(long projectId, LocalDate asOf) {
        ProjectFacts facts = loader.load(projectId, asOf);
        MonProject project = facts.project();
        LocalDate on = facts.on();
        List<ScoreRules.Scored> scored = facts.indicators().stream()
                .map(i -> new ScoreRules.Scored(
                        i.indicator().level1,
                        i.indicator().weight,
                        shares.asThingsStand(
                                i.indicator().target, i.forRules(), i.indicator().assessedShare, project.period(), on)))
                .toList();
        ScoreRules.Breakdown breakdown =
                scoreRules.breakdown(scored, facts.status().executionRate());
        List<SelfEvaluationRow> rows = new ArrayList<>();
        for (int i = 0; i < facts.indicators().size(); i++) {
            IndicatorFacts indicator = facts.indicators().get(i);
            MonIndicator target = indicator.indicator();
            rows.add(SelfEvaluationRow.of(
                    target,
                    ReportedFigures.of(indicator, project.period(), on),
                    breakdown.indicators().get(i)));
        }
        BigDecimal totalPoints = breakdown.indicators().stream()
                .map(ScoreRules.Points::available)
                .reduce(breakdown.budget().available(), BigDecimal::add);
        return new SelfEvaluationReport(
                project.id,
                project.name,
                project.unitCode,
                project.fiscalYear,
                on,
                project.budgetTotal,
                facts.spent(),
                facts.status().executionRate(),
                SelfEvaluationReport.points(breakdown.budget().available()),
                SelfEvaluationReport.points(breakdown.budget().earned()),
                rows,
                SelfEvaluationReport.points(totalPoints),
                breakdown.score().score(),
                breakdown.score().grade());
    }
}
