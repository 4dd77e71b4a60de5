package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import org.jixiao.targets.TargetValue;

/**
 * A cap (a cost, a fault rate, a repair time, zero incidents; docs/rules.md, "Indicator status during the year"):
 * broken is OFF_TRACK, a forecast (reported, or linear for cumulative spending) that breaks it AT_RISK, else ON_TRACK.
 */
final class CapRule {
    private CapRule() {}

    static IndicatorEvaluation evaluate(TargetValue target, BigDecimal actual, BigDecimal forecast) {
        if (actual.compareTo(target.value()) > 0) {
            return new IndicatorEvaluation(
                    Status.OFF_TRACK,
                    actual,
                    target.value(),
                    null,
                    forecast,
                    IndicatorRules.plain(actual) + " exceeds " + target.raw());
        }
        if (forecast != null && forecast.compareTo(target.value()) > 0) {
            return new IndicatorEvaluation(
                    Status.AT_RISK,
                    actual,
                    target.value(),
                    null,
                    forecast,
                    IndicatorRules.plain(actual) + " is within " + target.raw() + " but the forecast "
                            + IndicatorRules.plain(forecast) + " breaks it");
        }
        return new IndicatorEvaluation(
                Status.ON_TRACK,
                actual,
                target.value(),
                null,
                forecast,
                IndicatorRules.plain(actual) + " is within " + target.raw());
    }
}
