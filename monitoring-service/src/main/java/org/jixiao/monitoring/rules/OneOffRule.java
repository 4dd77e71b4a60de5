package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.targets.TargetValue;

/**
 * One indivisible deliverable (1套 系统, 1个 平台; docs/rules.md, "Measure and direction"): on track until its milestone
 * (if one is planned) or the period end, and judged only then; behind a planned milestone by its ratio.
 */
final class OneOffRule {
    private OneOffRule() {}

    static IndicatorEvaluation evaluate(
            TargetValue target,
            List<Milestone> milestones,
            BigDecimal actual,
            BigDecimal forecast,
            LocalDate on,
            IndicatorRules rules) {
        BigDecimal planned = milestones == null
                ? null
                : milestones.stream()
                        .filter(m -> !m.asOf().isAfter(on))
                        .reduce((a, b) -> b)
                        .map(Milestone::planned)
                        .orElse(null);
        if (planned != null && planned.signum() > 0 && actual.compareTo(planned) < 0) {
            BigDecimal ratio = IndicatorRules.ratio(actual, planned);
            return new IndicatorEvaluation(
                    rules.byRatio(ratio),
                    actual,
                    planned,
                    ratio,
                    forecast,
                    IndicatorRules.plain(actual) + " delivered, " + IndicatorRules.plain(planned)
                            + " planned by now (target " + target.raw() + ")");
        }
        return new IndicatorEvaluation(
                Status.ON_TRACK,
                actual,
                null,
                null,
                forecast,
                "one deliverable (" + target.raw() + "), due by the period end: not judged part-way");
    }
}
