package org.jixiao.project.rules;

import java.math.BigDecimal;
import org.jixiao.kit.problem.Violations;

/**
 * Rules for amounts in 万元: present when required, not negative, at most 4 decimals (exact to the 元), at most
 * 9999999999.9999 (what the database column holds; well inside the 10^12 万元 every amount must stay below). Each check
 * reads only the number's precision and scale, so even {@code 1E+20000000} is judged without arithmetic and no message
 * repeats the number.
 */
public final class Amounts {
    public static final int MAX_SCALE = 4;
    private static final BigDecimal MAX = new BigDecimal("9999999999.9999");

    private Amounts() {}

    /** Records every rule the amount breaks; returns whether it is a valid amount (or validly absent). */
    public static boolean check(Violations violations, String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            return violations.check(!required, field, "is required");
        }
        boolean notNegative = violations.check(amount.signum() >= 0, field, "must not be negative");
        // Stripping costs one step per trailing zero written, never per unit of exponent.
        boolean exact = violations.check(
                amount.stripTrailingZeros().scale() <= MAX_SCALE, field, "has more than 4 decimals (万元 to the 元)");
        // compareTo looks at the magnitudes' exponents first: no arithmetic on a huge number.
        boolean inRange = violations.check(amount.compareTo(MAX) <= 0, field, "is too large (at most 9999999999.9999)");
        return notNegative && exact && inRange;
    }
}
