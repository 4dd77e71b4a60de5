package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    public Score score(List<Scored> indicators, BigDecimal executionRate) {
        Map<String, List<Scored>> byLevel1 = indicators.stream().collect(Collectors.groupingBy(Scored::level1));
        BigDecimal total = levelPoints(byLevel1.get(OUTPUT), config.outputPoints())
                .add(levelPoints(byLevel1.get(BENEFIT), config.benefitPoints()))
                .add(levelPoints(byLevel1.get(SATISFACTION), config.satisfactionPoints()))
                .add(budgetPoints(executionRate));
        BigDecimal rounded = total.setScale(2, RoundingMode.HALF_UP);
        return new Score(rounded, grade(rounded));
    }

    /** Points of one 一级指标: split evenly, or in proportion to the weights when every indicator has one. */
    private static BigDecimal levelPoints(List<Scored> indicators, BigDecimal points) {
        if (indicators == null || indicators.isEmpty()) {
            return BigDecimal.ZERO;
        }
        boolean weighted = indicators.stream()
                .allMatch(i -> i.weight() != null && i.weight().signum() > 0);
        BigDecimal weightSum = weighted
                ? indicators.stream().map(Scored::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.valueOf(indicators.size());
        BigDecimal earned = BigDecimal.ZERO;
        for (Scored indicator : indicators) {
            BigDecimal share = weighted ? indicator.weight() : BigDecimal.ONE;
            earned = earned.add(points.multiply(share)
                    .multiply(indicator.earnedShare())
                    .divide(weightSum, 6, RoundingMode.HALF_UP));
        }
        return earned;
    }

    private BigDecimal budgetPoints(BigDecimal executionRate) {
        if (executionRate == null) {
            return BigDecimal.ZERO;
        }
        return executionRate.min(BigDecimal.ONE).max(BigDecimal.ZERO).multiply(config.budgetPoints());
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
