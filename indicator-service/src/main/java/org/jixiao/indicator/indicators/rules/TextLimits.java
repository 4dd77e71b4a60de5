package org.jixiao.indicator.indicators.rules;

/**
 * The longest texts an indicator may hold, in characters. Everything written is kept on a topic forever and read by
 * every consumer, and a target is parsed on every read, so each text field is bounded where it enters.
 */
public final class TextLimits {
    /** 三级指标. */
    public static final int NAME = 200;
    /** 绩效指标描述. */
    public static final int DESCRIPTION = 2_000;
    /** 指标值 as written. */
    public static final int TARGET = 100;
    /** 一级 and 二级指标 are names from a short fixed list; anything longer is not one of them. */
    public static final int LEVEL = 20;

    private TextLimits() {}

    /** Null when the text fits, else why it does not (e.g. "has 240 characters; at most 200"). */
    public static String tooLong(String text, int max) {
        if (text == null) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        return length <= max ? null : "has " + length + " characters; at most " + max;
    }
}
