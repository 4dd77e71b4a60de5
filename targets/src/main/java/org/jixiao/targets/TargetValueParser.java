package org.jixiao.targets;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a 指标值 cell (docs/rules.md, "Target values"). Total: every input gives a {@link TargetValue}, text the grammar does not know
 * becomes QUALITATIVE with the raw text kept, and nothing throws. An empty or null cell is QUALITATIVE with no value
 * and raw "": the indicator then has nothing to measure, which monitoring reports as such rather than failing the
 * import.
 *
 * <p>The grammar, after NFKC folding and dropping spaces: {@code [comparator] number [unit] [以上|以内|内…]
 * [完成]}, or a calendar date ({@code 2025年12月}), or a service window ({@code 7*24小时…}). A cell is numeric only
 * when the whole of it fits: "符合…覆盖率达到100%" is a sentence and stays QUALITATIVE. How missing comparators and
 * units are read is documented in {@link TargetDefaults}.
 */
public final class TargetValueParser {

    /** 7*24小时保障, 7×24小时响应, 5x8h: days per week × hours per day, then any wording. */
    private static final Pattern SERVICE_WINDOW = Pattern.compile("^\\d{1,2}[*×xX]\\d{1,2}(小时|h|H).*$");

    private TargetValueParser() {}

    /** Parses with no 二级指标 known: defaults follow the unit alone. */
    public static TargetValue parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses with the indicator's 二级指标 (e.g. 数量指标, 成本指标), which decides the defaults a cell leaves open:
     * counts and amounts under 数量/成本/效益 build up (CUMULATIVE), those under 质量/时效/满意度 are levels; a bare
     * amount under 成本指标 is a cap.
     */
    public static TargetValue parse(String raw, String level2) {
        return parse(raw, level2, null);
    }

    /**
     * Parses with the indicator's 二级指标 and name (三级指标). The name tells a stock from a flow where the unit
     * cannot: ≥12人 物业服务人员 is staff in post (LEVEL), ≥600人 企业参会人次 a count of attendances (CUMULATIVE).
     */
    public static TargetValue parse(String raw, String level2, String name) {
        String original = raw == null ? "" : raw;
        String text = CellText.normalize(original);
        IndicatorCategory category = IndicatorCategory.of(level2);
        if (text.isEmpty()) {
            return qualitative(original);
        }
        ComparatorWords.Prefix prefix = ComparatorWords.prefix(text);
        if (SERVICE_WINDOW.matcher(prefix.rest()).matches()) {
            return windowed(original);
        }
        Optional<LocalDate> date = DeadlineText.parse(prefix.rest());
        if (date.isPresent()) {
            return dueBy(original, prefix.comparator(), date.get());
        }
        if (YearlessDeadline.matches(prefix.rest())) {
            // 年底前, 6月底前, 第三季度: the year is the project's, so the date is fixed later (Deadlines.due).
            return dueBy(original, prefix.comparator(), null);
        }
        return Measure.parse(prefix.rest())
                .map(measure -> measured(original, prefix.comparator(), measure, category, name))
                .orElseGet(() -> qualitative(original));
    }

    private static TargetValue measured(
            String raw, Comparator prefixComparator, Measure measure, IndicatorCategory category, String name) {
        Comparator written = prefixComparator != null ? prefixComparator : measure.suffixComparator();
        String unit = measure.unit().isEmpty() ? null : measure.unit();
        UnitFamily family = Units.familyOf(unit);
        if (measure.completion() && isTime(family)) {
            return periodToFinishWithin(raw, written, measure, unit, family);
        }
        TargetKind kind = TargetDefaults.kind(family, category);
        Direction direction = written != null
                ? TargetDefaults.written(written)
                : TargetDefaults.implied(kind, family, category, measure.value());
        Accumulation accumulation =
                TargetDefaults.accumulation(kind, family, direction, category, measure.value(), unit, name);
        Comparator comparator = written != null ? written : Comparator.EQ;
        return new TargetValue(raw, comparator, measure.value(), unit, family, kind, direction, accumulation, null);
    }

    /**
     * "12个月内完成": a deadline counted from the project start, whose date the parser cannot know; it keeps the
     * period (12 个月) and leaves {@code deadline} null for the service that knows the start.
     */
    private static TargetValue periodToFinishWithin(
            String raw, Comparator written, Measure measure, String unit, UnitFamily family) {
        Comparator comparator = written != null ? written : Comparator.LE;
        return new TargetValue(
                raw,
                comparator,
                measure.value(),
                unit,
                family,
                TargetKind.DEADLINE,
                Direction.LOWER_BETTER,
                Accumulation.LEVEL,
                null);
    }

    /** A deadline is met by finishing on or before it, so an unwritten comparator reads as LE. */
    private static TargetValue dueBy(String raw, Comparator written, LocalDate date) {
        Comparator comparator = written != null ? written : Comparator.LE;
        Direction direction = written != null ? TargetDefaults.written(written) : Direction.LOWER_BETTER;
        return new TargetValue(
                raw,
                comparator,
                null,
                null,
                UnitFamily.CALENDAR,
                TargetKind.DEADLINE,
                direction,
                Accumulation.LEVEL,
                date);
    }

    /** The window is kept or not; HIGHER_BETTER only so that direction is never null. */
    private static TargetValue windowed(String raw) {
        return withoutAValue(raw, TargetKind.SERVICE_LEVEL);
    }

    /** Reported as achieved / partly / not achieved; HIGHER_BETTER only so that direction is never null. */
    static TargetValue qualitative(String raw) {
        return withoutAValue(raw, TargetKind.QUALITATIVE);
    }

    /** A target of this kind with no comparator, value, unit or deadline, held as a level. */
    private static TargetValue withoutAValue(String raw, TargetKind kind) {
        return new TargetValue(
                raw, null, null, null, UnitFamily.NONE, kind, Direction.HIGHER_BETTER, Accumulation.LEVEL, null);
    }

    private static boolean isTime(UnitFamily family) {
        return family == UnitFamily.TIME || family == UnitFamily.WORKDAY || family == UnitFamily.CALENDAR;
    }
}
