package org.jixiao.targets;

/** How a target value compares with the measured value, as written in the 指标值 cell. */
public enum Comparator {
    /** ≥, 不低于, 不少于, 达到, …以上. */
    GE("≥"),
    /** ≤, 不超过, 不高于, …以内, …以下. */
    LE("≤"),
    /** &gt;, 大于, 高于, 超过. */
    GT(">"),
    /** &lt;, 小于, 低于, 少于. */
    LT("<"),
    /** =, or no comparator written at all (the grammar reads a bare value as "equal to"). */
    EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical half-width symbol, e.g. {@code ≥}. */
    public String symbol() {
        return symbol;
    }
}
