package org.jixiao.targets;

/** Whether the measured value builds up over the period or is a level measured at a point in time. */
public enum Accumulation {
    /** Counts and amounts that grow during the year (≥17台, ≥39万次, spent cost): expected = target × time progress. */
    CUMULATIVE,
    /** Rates, satisfaction, durations, deadlines, qualitative targets: compared with the target itself. */
    LEVEL
}
