package org.jixiao.monitoring.rules;

import java.math.BigDecimal;

/**
 * Result of evaluating one indicator on one day; figures are in the target's unit, null where not applicable.
 *
 * @param daysLate for a deadline done after it, how many days late; else null
 * @param note a planning remark, e.g. a target far exceeded at year end ("was it set too low?"); else null
 */
public record IndicatorEvaluation(
        Status status,
        BigDecimal actual,
        BigDecimal expected,
        BigDecimal ratio,
        BigDecimal forecast,
        String explanation,
        Integer daysLate,
        String note) {

    public IndicatorEvaluation(
            Status status,
            BigDecimal actual,
            BigDecimal expected,
            BigDecimal ratio,
            BigDecimal forecast,
            String explanation) {
        this(status, actual, expected, ratio, forecast, explanation, null, null);
    }

    static IndicatorEvaluation only(Status status, String explanation) {
        return new IndicatorEvaluation(status, null, null, null, null, explanation);
    }
}
