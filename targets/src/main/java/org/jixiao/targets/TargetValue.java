package org.jixiao.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One parsed 指标值 cell. {@code raw} is always kept exactly as written, so a parse can be repeated or corrected
 * later without losing the declaration.
 *
 * <p>Which fields are set, by kind:
 *
 * <ul>
 *   <li>QUANTITY, RATE, DURATION: comparator, value and unit (unit is null for a bare number).
 *   <li>DEADLINE: comparator (LE unless written otherwise); either {@code deadline} (a calendar date, e.g. the last
 *       day of 2025年12月) or value + unit (a period, e.g. 12 个月 for 12个月内完成, counted from the project start).
 *   <li>SERVICE_LEVEL and QUALITATIVE: comparator, value and unit are null; progress is reported as
 *       achieved / partly achieved / not achieved.
 * </ul>
 *
 * @param raw the cell text as written, never null ("" for an empty cell)
 * @param comparator as written; EQ when a number is written without one; null when there is nothing to compare
 * @param value the number, without thousands separators; null when there is none
 * @param unit the unit text following the number (NFKC-normalised, so ％ reads as %); null when there is none
 * @param unitFamily which units {@code unit} converts to, see {@link Units}
 * @param kind what the target measures
 * @param direction which side of the value is good; never null
 * @param accumulation whether progress builds up over the year; never null
 * @param deadline the date a DEADLINE target falls due, else null
 */
public record TargetValue(
        String raw,
        Comparator comparator,
        BigDecimal value,
        String unit,
        UnitFamily unitFamily,
        TargetKind kind,
        Direction direction,
        Accumulation accumulation,
        LocalDate deadline) {

    public TargetValue {
        raw = raw == null ? "" : raw;
        unitFamily = unitFamily == null ? UnitFamily.NONE : unitFamily;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(accumulation, "accumulation");
    }

    /** True when there is a number to compare progress with. (Not an is-getter, so JSON mappers ignore it.) */
    public boolean hasValue() {
        return value != null;
    }

    /** The same target with another accumulation: docs/rules.md, "Target values" lets an indicator override the default. */
    public TargetValue withAccumulation(Accumulation newAccumulation) {
        return new TargetValue(raw, comparator, value, unit, unitFamily, kind, direction, newAccumulation, deadline);
    }

    /** The same target with another direction, for an indicator whose wording the defaults misread. */
    public TargetValue withDirection(Direction newDirection) {
        return new TargetValue(raw, comparator, value, unit, unitFamily, kind, newDirection, accumulation, deadline);
    }
}
