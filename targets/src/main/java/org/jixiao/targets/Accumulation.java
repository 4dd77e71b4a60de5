package org.jixiao.targets;

/**
 * How progress on a target is measured over the period (the indicator's {@code measure}; docs/rules.md, "Measure and
 * direction").
 */
public enum Accumulation {
    /** Counts and amounts that grow during the year (≥17台, ≥39万次, spent cost): expected = target × time progress. */
    CUMULATIVE,
    /**
     * A measured level compared with the target itself: rates, satisfaction, durations, deadlines, qualitative
     * targets, and stocks such as staff in post (≥12人 物业服务人员).
     */
    LEVEL,
    /**
     * One indivisible deliverable (1套 系统, 1个 平台): nothing to expect part-way, so it is on track until the period
     * end (or its milestone) and achieved once delivered.
     */
    ONE_OFF
}
