package org.jixiao.targets;

/**
 * The readings the grammar has to choose when the cell does not say: which kind a time unit is, which side is good
 * when no comparator is written, and whether progress builds up. Each choice is the common meaning in published
 * 绩效目标表; an indicator can override direction and accumulation (see {@link TargetValue#withDirection}).
 */
final class TargetDefaults {

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
     *   <li>Any other count: a quantity to reach (1套, 1个): HIGHER_BETTER; delivering more is not a failure.
     * </ul>
     */
    static Direction implied(TargetKind kind, UnitFamily family, IndicatorCategory category) {
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
     * measures a level (质量/时效/满意度), when the unit is a score, or when a bare amount states a fixed fact (a
     * bond's principal is not spent bit by bit). Rates, durations, deadlines, service levels and qualitative
     * targets are always levels.
     */
    static Accumulation accumulation(
            TargetKind kind, UnitFamily family, Direction direction, IndicatorCategory category) {
        if (kind != TargetKind.QUANTITY || family == UnitFamily.SCORE || category.measuresLevel()) {
            return Accumulation.LEVEL;
        }
        if (family == UnitFamily.MONEY && direction == Direction.EXACT) {
            return Accumulation.LEVEL;
        }
        return Accumulation.CUMULATIVE;
    }
}
