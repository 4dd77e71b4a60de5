package org.jixiao.monitoring.rules;

import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;

/**
 * The longest each text of a progress report may be (docs/security.md, "Hostile input"), checked before anything reads
 * the text, the same for REST, batch files and reports written straight to {@code progress-events}: topics keep every
 * report forever, and no answer may grow with the input.
 */
public final class ReportTexts {
    private ReportTexts() {}

    /** Records a violation, named by its field, for each text over its limit. */
    public static void check(
            Violations violations,
            String value,
            String forecast,
            String reporter,
            String likelihood,
            String correctiveAction,
            String deviationCategory,
            String deviationReason) {
        TextLimits.check(violations, "value", value, TextLimits.SHORT);
        TextLimits.check(violations, "forecast", forecast, TextLimits.SHORT);
        TextLimits.check(violations, "reporter", reporter, TextLimits.SHORT);
        TextLimits.check(violations, "likelihood", likelihood, TextLimits.CODE);
        TextLimits.check(violations, "correctiveAction", correctiveAction, TextLimits.DESCRIPTION);
        TextLimits.check(violations, "deviation.category", deviationCategory, TextLimits.CODE);
        TextLimits.check(violations, "deviation.reason", deviationReason, TextLimits.DESCRIPTION);
    }
}
