package org.jixiao.targets;

/**
 * Units that can be converted into each other. Two units convert only when they are of one family and (for
 * {@link #COUNT}) count the same thing: 次 and 万次 convert, 台 and 份 do not.
 */
public enum UnitFamily {
    /** Counted things, optionally scaled: 台, 份, 人次, 次, 万次, 批次, 国别, … (any unit not known to be another family). */
    COUNT,
    /** 元, 千元, 万元, 亿元. */
    MONEY,
    /** %, ‰. */
    PERCENT,
    /** Clock time: 秒, 分钟, 小时, 天/日, 周. */
    TIME,
    /** 工作日: not convertible into clock time (weekends and holidays are not counted). */
    WORKDAY,
    /** Calendar months: 月/个月, 季度, 半年, 年. Not convertible into days (months differ in length). */
    CALENDAR,
    /** Points of a score (分); a score is a level, never a sum. */
    SCORE,
    /** No unit at all (a bare number, a qualitative target). */
    NONE
}
