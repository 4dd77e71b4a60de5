package org.jixiao.project.rules;

import java.math.BigDecimal;
import org.jixiao.kit.problem.Violations;

/** Rules for amounts in 万元: present when required, not negative, at most 4 decimals (exact to the 元). */
public final class Amounts {
    public static final int MAX_SCALE = 4;
    private static final BigDecimal MAX = new BigDecimal("9999999999.9999");

    private Amounts() {}

    public static void check(Violations violations, String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            violations.check(!required, field, "is required");
            return;
        }
        violations.check(amount.signum() >= 0, field, "must not be negative");
        violations.check(
                amount.stripTrailingZeros().scale() <= MAX_SCALE, field, "has more than 4 decimals (万元 to the 元)");
        violations.check(amount.compareTo(MAX) <= 0, field, "is too large");
    }
}
