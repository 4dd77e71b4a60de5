package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The self-evaluation score (自评, 财预〔2020〕10号 第十六、十七条) and grade of a project: the points of each 一级指标
 * are split over its indicators (or by their weights), each indicator earns its share by how far it reached the
 * annual target, and budget execution earns rate × its points. Pure: no I/O.
 */
public final class ScoreRules {
    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";

    private final RulesConfig config;

    public ScoreRules(RulesConfig config) {
        this.config = config;
    }

    /** One indicator's part in the score: its 一级指标, optional weight, and the share of its points it earned. */
    public record Scored(String level1, BigDecimal weight, BigDecimal earnedShare) {}

    /** What an indicator (or the budget execution) can earn (分值) and what it earned (得分), unrounded. */
    public record Points(BigDecimal available, BigDecimal earned) {}

    /** The score with its parts: one {@link Points} per indicator in the order given, and the budget execution's. */
    public record Breakdown(List<Points> indicators, Points budget, Score score) {}

    public Score score(List<Scored> indicators, BigDecimal executionRate) {
        return breakdown(indicators, executionRate).score();
    }

    /** The score as the sum of its parts, so that a 自评表 listing the parts adds up to the project's score. */
    public Breakdown breakdown(List<Scored> indicators, BigDecimal executionRate) {
        Map<String, Split> splits =
                indicators.stream().collect(Collectors.groupingBy(Scored::level1)).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> Split.of(e.getValue())));
        Map<String, BigDecimal> levelPoints = levelPoints(splits.keySet());
        List<Points> parts = indicators.stream()
                .map(i -> splits.get(i.level1()).points(i, levelPoints.getOrDefault(i.level1(), BigDecimal.ZERO)))
                .toList();
        Points budget = budgetPoints(executionRate);
        BigDecimal total = parts.stream().map(Points::earned).reduce(budget.earned(), BigDecimal::add);
        BigDecimal rounded = total.setScale(2, RoundingMode.HALF_UP);
        return new Breakdown(parts, budget, new Score(rounded, grade(rounded)));
    }

    /** How one 一级指标's points divide: evenly, or in proportion to the weights when every indicator has one. */
    private record Split(boolean weighted, BigDecimal weightSum) {
        static Split of(List<Scored> sameLevel1) {
            boolean weighted = sameLevel1.stream()
                    .allMatch(i -> i.weight() != null && i.weight().signum() > 0);
            BigDecimal weightSum = weighted
                    ? sameLevel1.stream().map(Scored::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : BigDecimal.valueOf(sameLevel1.size());
            return new Split(weighted, weightSum);
        }

        Points points(Scored indicator, BigDecimal levelPoints) {
            BigDecimal share = levelPoints.multiply(weighted ? indicator.weight() : BigDecimal.ONE);
            return new Points(
                    share.divide(weightSum, 6, RoundingMode.HALF_UP),
                    share.multiply(indicator.earnedShare()).divide(weightSum, 6, RoundingMode.HALF_UP));
        }
    }

    /**
     * The points of each 一级指标. A level without indicators gives its points to the present ones in proportion to
     * theirs (10号 allows adjusted weights): without 满意度, 产出 50 + 10 × 50/80 = 56.25 and 效益 30 + 10 × 30/80 =
     * 33.75, so everything met still reaches 90 before budget execution.
     */
    private Map<String, BigDecimal> levelPoints(java.util.Set<String> present) {
        Map<String, BigDecimal> points = new HashMap<>();
        points.put(OUTPUT, config.outputPoints());
        points.put(BENEFIT, config.benefitPoints());
        points.put(SATISFACTION, config.satisfactionPoints());
        BigDecimal presentSum = points.entrySet().stream()
                .filter(e -> present.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal missing = points.entrySet().stream()
                .filter(e -> !present.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!config.redistributeMissingLevels() || presentSum.signum() == 0 || missing.signum() == 0) {
            return points;
        }
        points.replaceAll((level, p) ->
                present.contains(level) ? p.add(missing.multiply(p).divide(presentSum, 6, RoundingMode.HALF_UP)) : p);
        return points;
    }

    private Points budgetPoints(BigDecimal executionRate) {
        BigDecimal earned = executionRate == null
                ? BigDecimal.ZERO
                : executionRate.min(BigDecimal.ONE).max(BigDecimal.ZERO).multiply(config.budgetPoints());
        return new Points(config.budgetPoints(), earned);
    }

    String grade(BigDecimal score) {
        if (score.compareTo(config.excellentFrom()) >= 0) {
            return "优";
        }
        if (score.compareTo(config.goodFrom()) >= 0) {
            return "良";
        }
        return score.compareTo(config.passFrom()) >= 0 ? "中" : "差";
    }

    public record Score(BigDecimal score, String grade) {}
}
