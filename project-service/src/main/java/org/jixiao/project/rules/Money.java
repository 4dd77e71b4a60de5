package org.jixiao.project.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 万元 as people write them: at least two decimals (11.00), more only when they carry 元 (2.2345). */
public final class Money {
    private Money() {}

    public static BigDecimal display(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }
}
