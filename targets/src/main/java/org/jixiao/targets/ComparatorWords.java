package org.jixiao.targets;

import java.util.List;
import java.util.Map;

/** Recognises a comparator written before the number (≥, 不低于) or after the unit (以上, 以内). */
final class ComparatorWords {

    /** A comparator found at the start of a cell and the text after it. */
    record Prefix(Comparator comparator, String rest) {}

    /** A comparator found at the end of a cell and the text before it. */
    record Suffix(Comparator comparator, String rest) {}

    /**
     * Longest spellings first, so that 不低于 is not read as 低于 and 大于等于 not as 大于. Symbols are listed after
     * NFKC folding (＞＝ has become &gt;=). ≧ ⩾ ≦ ⩽ are the variants that fonts and input methods produce.
     */
    private static final List<Map.Entry<String, Comparator>> PREFIXES = List.of(
            Map.entry("大于或等于", Comparator.GE),
            Map.entry("高于或等于", Comparator.GE),
            Map.entry("小于或等于", Comparator.LE),
            Map.entry("低于或等于", Comparator.LE),
            Map.entry("大于等于", Comparator.GE),
            Map.entry("小于等于", Comparator.LE),
            Map.entry("不低于", Comparator.GE),
            Map.entry("不少于", Comparator.GE),
            Map.entry("不小于", Comparator.GE),
            Map.entry("不超过", Comparator.LE),
            Map.entry("不高于", Comparator.LE),
            Map.entry("不多于", Comparator.LE),
            Map.entry("不大于", Comparator.LE),
            Map.entry("控制在", Comparator.LE),
            Map.entry("至少", Comparator.GE),
            Map.entry("达到", Comparator.GE),
            Map.entry("至多", Comparator.LE),
            Map.entry("大于", Comparator.GT),
            Map.entry("高于", Comparator.GT),
            Map.entry("超过", Comparator.GT),
            Map.entry("多于", Comparator.GT),
            Map.entry("小于", Comparator.LT),
            Map.entry("低于", Comparator.LT),
            Map.entry("少于", Comparator.LT),
            Map.entry("等于", Comparator.EQ),
            Map.entry(">=", Comparator.GE),
            Map.entry("=>", Comparator.GE),
            Map.entry("<=", Comparator.LE),
            Map.entry("=<", Comparator.LE),
            Map.entry("≥", Comparator.GE),
            Map.entry("≧", Comparator.GE),
            Map.entry("⩾", Comparator.GE),
            Map.entry("≤", Comparator.LE),
            Map.entry("≦", Comparator.LE),
            Map.entry("⩽", Comparator.LE),
            Map.entry(">", Comparator.GT),
            Map.entry("<", Comparator.LT),
            Map.entry("=", Comparator.EQ));

    /** 以上/以下 are inclusive in Chinese usage (GE/LE); 内 covers 以内, 之内 and 12个月内. */
    private static final List<Map.Entry<String, Comparator>> SUFFIXES = List.of(
            Map.entry("及以上", Comparator.GE),
            Map.entry("以上", Comparator.GE),
            Map.entry("及以下", Comparator.LE),
            Map.entry("以下", Comparator.LE),
            Map.entry("以内", Comparator.LE),
            Map.entry("之内", Comparator.LE),
            Map.entry("内", Comparator.LE));

    private ComparatorWords() {}

    /** The comparator the text starts with, or null comparator and the text unchanged. */
    static Prefix prefix(String text) {
        for (Map.Entry<String, Comparator> word : PREFIXES) {
            if (text.startsWith(word.getKey())) {
                return new Prefix(word.getValue(), text.substring(word.getKey().length()));
            }
        }
        return new Prefix(null, text);
    }

    /** The comparator the text ends with, or null comparator and the text unchanged. */
    static Suffix suffix(String text) {
        for (Map.Entry<String, Comparator> word : SUFFIXES) {
            if (text.endsWith(word.getKey())) {
                return new Suffix(
                        word.getValue(),
                        text.substring(0, text.length() - word.getKey().length()));
            }
        }
        return new Suffix(null, text);
    }
}
