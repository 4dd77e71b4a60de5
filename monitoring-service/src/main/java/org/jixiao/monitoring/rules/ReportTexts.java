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
        check(violations, "value", value, TextLimits.SHORT);
        check(violations, "forecast", forecast, TextLimits.SHORT);
        check(violations, "reporter", reporter, TextLimits.SHORT);
        check(violations, "likelihood", likelihood, TextLimits.CODE);
        check(violations, "correctiveAction", correctiveAction, TextLimits.DESCRIPTION);
        check(violations, "deviation.category", deviationCategory, TextLimits.CODE);
        check(violations, "deviation.reason", deviationReason, TextLimits.DESCRIPTION);
    }

    /**
     * Only a text over its limit reaches {@link TextLimits#check}, which builds its message on every call: the
     * consumer checks seven texts of each of a hundred thousand reports, nearly all of which fit.
     */
    private static void check(Violations violations, String field, String text, int max) {
        if (!TextLimits.fits(text, max)) {
            TextLimits.check(violations, field, text, max);
        }
    }
}
