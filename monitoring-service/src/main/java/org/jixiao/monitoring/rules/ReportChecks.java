package org.jixiao.monitoring.rules;

import java.time.LocalDate;
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
    /** 完成目标可能性: 确定能, 有可能, 完全不可能. */
    public static final Set<String> LIKELIHOODS = Set.of("CERTAIN", "LIKELY", "IMPOSSIBLE");
    /** 偏差原因: 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他. */
    public static final Set<String> DEVIATIONS = Set.of("FUNDING", "RULES", "STAFF", "EQUIPMENT", "OTHER");

    private ReportChecks() {}

    /** Why a report's date cannot be: outside the project period, or after the day the report was made. */
    public static Optional<String> asOf(LocalDate asOf, LocalDate periodStart, LocalDate periodEnd, LocalDate madeOn) {
        if (madeOn != null && asOf.isAfter(madeOn)) {
            return Optional.of("must not be in the future");
        }
        if (asOf.isBefore(periodStart) || asOf.isAfter(periodEnd)) {
            return Optional.of("must lie in the project period " + periodStart + " … " + periodEnd);
        }
        return Optional.empty();
    }

    /** Why an optional code is not one of its list; empty when absent or known. */
    public static Optional<String> code(String code, Set<String> known) {
        return code == null || known.contains(code) ? Optional.empty() : Optional.of("must be one of " + known);
    }

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
