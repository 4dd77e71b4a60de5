package org.jixiao.monitoring.rules;

import java.math.BigDecimal;

/** Result of evaluating one indicator on one day; figures are in the target's unit, null where not applicable. */
public record IndicatorEvaluation(
        Status status,
        BigDecimal actual,
        BigDecimal expected,
        BigDecimal ratio,
        BigDecimal forecast,
        String explanation) {}
