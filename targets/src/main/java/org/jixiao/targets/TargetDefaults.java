package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.List;

/**
 * The readings the grammar has to choose when the cell does not say: which kind a time unit is, which side is good
 * when no comparator is written, and how progress is measured. Each choice is the common meaning in published
 * 绩效目标表; the table of defaults with an example each is in docs/rules.md ("Measure and direction"), and an
 * indicator can override direction and measure (see {@link TargetValue#withDirection}).
 */
final class TargetDefaults {
    /** Words in an indicator's name that make a count a stock held (staff in post, equipment in use), not a flow. */
    private static final List<String> STOCK_WORDS =
            List.of("人员", "人数", "在岗", "在职", "在用", "在册", "在运", "保有", "存量", "库存", "编制", "配备");

    /** Units counting people: one person is a headcount, never an indivisible deliverable. */
    private static final List<String> PERSON_UNITS = List.of("人", "名", "位", "人次");

    private TargetDefaults() {}

    /**
     * Percent is a RATE. A time unit is a DURATION (≤4小时 a limit, ≥1年 a minimum life) except under 数量指标,
     * where "≥8天 举办活动天数" counts days of activity like any other count. Everything else is a QUANTITY.
     */
    static TargetKind kind(UnitFamily family, IndicatorCategory category) {
        return switch (family) {
            case PERCENT -> TargetKind.RATE;
            case TIME, WORKDAY, CALENDAR ->
                category == IndicatorCategory.QUANTITY ? TargetKind.QUANTITY : TargetKind.DURATION;
            default -> TargetKind.QUANTITY;
        };
    }

    /** A written comparator says it: ≥ and &gt; want more, ≤ and &lt; want less, = wants exactly that. */
    static Direction written(Comparator comparator) {
        return switch (comparator) {
            case GE, GT -> Direction.HIGHER_BETTER;
            case LE, LT -> Direction.LOWER_BETTER;
            case EQ -> Direction.EXACT;
        };
    }

    /**
     * No comparator written. Tables leave it out when the meaning seems obvious to the writer:
     *
     * <ul>
     *   <li>Money: under 成本指标 the amount is the budgeted cost, a cap not to exceed (2.2万元 硬件设备维保费). Most
     *       bare amounts in the published tables are costs, so an unknown heading reads the same. Under any other
     *       heading a bare amount is a stated fact (68.3万元 政府一般债券规模): EXACT.
     *   <li>Percent: under 数量指标 or 成本指标 it is a stated parameter (2.46% 计息利率): EXACT. Elsewhere it is an
     *       achievement rate to reach (100% 及时率): HIGHER_BETTER.
     *   <li>Time as a DURATION: an allowance not to exceed (2小时 响应): LOWER_BETTER.
     *   <li>Zero (0起 安全事故, 0次 投诉): none is wanted, so any is too many: LOWER_BETTER, met only at 0.
     *   <li>Any other count: a quantity to reach (1套, 1个): HIGHER_BETTER; delivering more is not a failure.
     * </ul>
     */
    static Direction implied(TargetKind kind, UnitFamily family, IndicatorCategory category, BigDecimal value) {
        if (value != null && value.signum() == 0) {
            return Direction.LOWER_BETTER;
        }
        if (family == UnitFamily.MONEY) {
            boolean costCap = category == IndicatorCategory.COST || category == IndicatorCategory.UNKNOWN;
            return costCap ? Direction.LOWER_BETTER : Direction.EXACT;
        }
        if (kind == TargetKind.RATE) {
            boolean parameter = category == IndicatorCategory.QUANTITY || category == IndicatorCategory.COST;
            return parameter ? Direction.EXACT : Direction.HIGHER_BETTER;
        }
        if (kind == TargetKind.DURATION) {
            return Direction.LOWER_BETTER;
        }
        return Direction.HIGHER_BETTER;
    }

    /**
     * Only quantities build up over the year (units delivered, visits, money spent). They do not when the heading
     * measures a level (质量/时效/满意度), when the unit is a score, when a bare amount states a fixed fact (a bond's
     * principal is not spent bit by bit), when the target is zero (0起: a level kept all year), or when the name says
     * the count is a stock held (≥12人 物业服务人员, 在用设备): those are LEVEL. A count of exactly one thing that is
     * not a person (1套 系统, 1个 平台) is one indivisible deliverable: ONE_OFF. Rates, durations, deadlines, service
     * levels and qualitative targets are always levels.
     */
    static Accumulation accumulation(
            TargetKind kind,
            UnitFamily family,
            Direction direction,
            IndicatorCategory category,
            BigDecimal value,
            String unit,
            String name) {
        if (kind != TargetKind.QUANTITY || family == UnitFamily.SCORE || category.measuresLevel()) {
            return Accumulation.LEVEL;
        }
        if (family == UnitFamily.MONEY && direction == Direction.EXACT) {
            return Accumulation.LEVEL;
        }
        if (value != null && value.signum() == 0) {
            return Accumulation.LEVEL;
        }
        if (isStock(name)) {
            return Accumulation.LEVEL;
        }
        boolean one = value != null && value.compareTo(BigDecimal.ONE) == 0;
        if (one && family == UnitFamily.COUNT && direction != Direction.LOWER_BETTER && !PERSON_UNITS.contains(unit)) {
            return Accumulation.ONE_OFF;
        }
        return Accumulation.CUMULATIVE;
    }

    private static boolean isStock(String name) {
        if (name == null) {
            return false;
        }
        String text = CellText.normalize(name);
        return !text.contains("人次") && STOCK_WORDS.stream().anyMatch(text::contains);
    }
}
