package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The band of its points a qualitative answer earns (财预〔2020〕10号 第十七条; docs/rules.md, "Score"): 达成 from 80 % to
 * 100 %, 部分达成 from 60 % up to 80 %, 未达成 below 60 %. The configured shares are where an answer sits by default;
 * an admin may set another share inside the band, with a reason.
 */
public enum AnswerBand {
    ACHIEVED(new BigDecimal("0.8"), BigDecimal.ONE, true),
    PARTLY_ACHIEVED(new BigDecimal("0.6"), new BigDecimal("0.8"), false),
    NOT_ACHIEVED(BigDecimal.ZERO, new BigDecimal("0.6"), false);

    private final BigDecimal from;
    private final BigDecimal to;
    private final boolean toIncluded;

    AnswerBand(BigDecimal from, BigDecimal to, boolean toIncluded) {
        this.from = from;
        this.to = to;
        this.toIncluded = toIncluded;
    }

    /** The band of a reported value; empty for a number or anything else that is not an answer. */
    public static Optional<AnswerBand> of(String value) {
        return switch (value == null ? "" : value) {
            case Report.ACHIEVED -> Optional.of(ACHIEVED);
            case Report.PARTLY_ACHIEVED -> Optional.of(PARTLY_ACHIEVED);
            case Report.NOT_ACHIEVED -> Optional.of(NOT_ACHIEVED);
            default -> Optional.empty();
        };
    }

    /** Whether an assessed share counts for this reported value: only inside the band of an answer. */
    public static boolean applies(String value, BigDecimal assessed) {
        return assessed != null
                && of(value).map(band -> band.contains(assessed)).orElse(false);
    }

    public boolean contains(BigDecimal share) {
        int above = share.compareTo(to);
        return share.compareTo(from) >= 0 && (above < 0 || toIncluded && above == 0);
    }

    /** The band in words, for an answer that refuses a share outside it: "from 0.6 up to (not including) 0.8". */
    public String describe() {
        return "from " + from.toPlainString() + (toIncluded ? " to " : " up to (not including) ") + to.toPlainString();
    }
}
