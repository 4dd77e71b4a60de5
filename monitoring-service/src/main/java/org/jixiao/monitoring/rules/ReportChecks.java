package org.jixiao.monitoring.rules;

import java.util.Optional;
import java.util.Set;
import org.jixiao.kit.problem.Echo;
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.targets.TargetValue;
import org.jixiao.targets.TargetValueParser;
import org.jixiao.targets.Units;

/**
 * The one check of a reported value against its target, for every way a report arrives (REST, batch files, events
 * read from {@code progress-events}; docs/rules.md, "Units required"). Pure: the answer is the reason a value is
 * refused, or empty; it quotes at most {@link Echo#MAX_CHARS} characters of the value.
 */
public final class ReportChecks {
    public static final Set<String> QUALITATIVE_ANSWERS =
            Set.of(Report.ACHIEVED, Report.PARTLY_ACHIEVED, Report.NOT_ACHIEVED);

    private ReportChecks() {}

    /**
     * Why {@code value} cannot be a report (or, with {@code forecast}, a forecast) on {@code target}: a qualitative
     * target takes ACHIEVED / PARTLY_ACHIEVED / NOT_ACHIEVED; a number needs the target's unit or one that converts
     * (210分钟 against ≤4小时); a bare number against a target with a unit is ambiguous (200000 against ≥39万次).
     */
    public static Optional<String> value(String value, TargetValue target, boolean forecast) {
        if (!TextLimits.fits(value, TextLimits.SHORT)) {
            return Optional.of("must be at most " + TextLimits.SHORT + " characters");
        }
        String text = value == null ? "" : value.strip();
        if (!Reports.isNumeric(target)) {
            if (forecast || QUALITATIVE_ANSWERS.contains(text)) {
                return Optional.empty();
            }
            return Optional.of("target '" + target.raw() + "' takes one of " + QUALITATIVE_ANSWERS);
        }
        TargetValue parsed = TargetValueParser.parse(text);
        if (parsed.value() == null) {
            return Optional.of("'" + Echo.of(text) + "' is not a number like the target '" + target.raw() + "'");
        }
        boolean unitless = parsed.unit() == null || parsed.unit().isBlank();
        boolean targetUnitless = target.unit() == null || target.unit().isBlank();
        if (unitless && !targetUnitless) {
            return Optional.of("'" + Echo.of(text) + "' has no unit; the target '" + target.raw() + "' is in "
                    + target.unit() + ": write " + parsed.value().toPlainString() + target.unit());
        }
        if (!unitless && !parsed.unit().equals(target.unit()) && !Units.compatible(parsed.unit(), target.unit())) {
            return Optional.of("unit '" + parsed.unit() + "' is not compatible with the target '" + target.raw() + "'");
        }
        return Optional.empty();
    }
}
