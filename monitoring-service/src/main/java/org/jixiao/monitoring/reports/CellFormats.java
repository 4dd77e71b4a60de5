package org.jixiao.monitoring.reports;

import java.math.BigDecimal;

/** Excel number formats of the report cells, and how wide a text shows. */
final class CellFormats {
    static final String MONEY = "#,##0.00";
    static final String RATE = "0.00%";
    static final String POINTS = "0.00";
    static final String WHOLE = "0";
    private static final int MAX_DECIMALS = 4;

    private CellFormats() {}

    /**
     * A measured value with the decimals it has (so 8 shows as 8, not 8.00) and its unit as a literal suffix, so the
     * cell stays a number: 8台, 95.5%.
     */
    static String measured(BigDecimal value, String unit) {
        int decimals =
                Math.max(0, Math.min(MAX_DECIMALS, value.stripTrailingZeros().scale()));
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        if (unit == null || unit.isBlank()) {
            return pattern;
        }
        return pattern + "\"" + unit.replace("\"", "") + "\"";
    }

    /** Columns are sized in characters; CJK characters take two. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
