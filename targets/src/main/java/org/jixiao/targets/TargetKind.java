package org.jixiao.targets;

/** What sort of target a 指标值 cell states; decides how progress against it is measured. */
public enum TargetKind {
    /** A count or an amount: ≥17台, ≥39万次, ≤120.8万元. */
    QUANTITY,
    /** A percentage: ≥95%, ≤5%. */
    RATE,
    /** A time span used as a limit or a minimum: ≤4小时, ≤1工作日, ≥1年. */
    DURATION,
    /** A date or a period by which the work is done: 2025年12月, 12个月内完成. */
    DEADLINE,
    /** A service window that must be kept: 7*24小时保障. */
    SERVICE_LEVEL,
    /** Words only (提升, 显著提高, 圆满完成, sentences) or text the grammar does not understand. */
    QUALITATIVE
}
