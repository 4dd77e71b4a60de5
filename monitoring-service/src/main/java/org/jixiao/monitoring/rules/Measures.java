package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetValue;

/**
 * Whether a number meets a target and what share of the points it earns, by direction (docs/rules.md, "Met" and
 * "Score"): HIGHER_BETTER at or above it; LOWER_BETTER at or below it (a zero target only at 0); EXACT within the
 * tolerance either side.
 */
final class Measures {
    private static final int SCALE = 6;

    private Measures() {}

    static boolean met(TargetValue target, BigDecimal actual, RulesConfig config) {
        BigDecimal goal = target.value();
        return switch (target.direction()) {
            case HIGHER_BETTER -> actual.compareTo(goal) >= 0;
            case LOWER_BETTER -> actual.compareTo(goal) <= 0;
            case EXACT ->
                goal.signum() == 0
                        ? actual.signum() == 0
                        : deviation(goal, actual).compareTo(config.exactTolerance()) <= 0;
        };
    }

    /**
     * The share (0…1) of the points a final value earns (10号 第十七条): met earns all; higher-better actual ÷
     * target; lower-better target ÷ actual (nothing for a zero target); exact 1 − the relative deviation.
     */
    static BigDecimal share(TargetValue target, BigDecimal actual, RulesConfig config) {
        if (met(target, actual, config)) {
            return BigDecimal.ONE;
        }
        BigDecimal goal = target.value();
        BigDecimal share;
        if (target.direction() == Direction.HIGHER_BETTER) {
            share = goal.signum() == 0 ? BigDecimal.ZERO : actual.divide(goal, SCALE, RoundingMode.HALF_UP);
        } else if (target.direction() == Direction.LOWER_BETTER) {
            share = goal.signum() == 0 || actual.signum() == 0
                    ? BigDecimal.ZERO
                    : goal.divide(actual, SCALE, RoundingMode.HALF_UP);
        } else {
            share = goal.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE.subtract(deviation(goal, actual));
        }
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** |actual − goal| ÷ goal. */
    static BigDecimal deviation(BigDecimal goal, BigDecimal actual) {
        return actual.subtract(goal).abs().divide(goal.abs(), SCALE, RoundingMode.HALF_UP);
    }
}
