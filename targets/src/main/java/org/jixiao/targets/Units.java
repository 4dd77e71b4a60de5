package org.jixiao.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Conversions between units of one family, so a progress report may use another unit than the target: 90 分钟 →
 * 1.5 小时, 2.2 万元 → 22000 元, 39 万次 → 390000 次. Counted things convert only into the same thing (次 ↔ 万次,
 * never 台 ↔ 份); 工作日 and calendar months do not convert into clock time.
 */
public final class Units {

    private Units() {}

    /**
     * The value expressed in {@code toUnit}, or empty when the units are not compatible or the value is null. Exact
     * where the decimal result terminates (90 分钟 = 1.5 小时), else rounded to 16 significant digits.
     */
    public static Optional<BigDecimal> convert(BigDecimal value, String fromUnit, String toUnit) {
        UnitSpec from = UnitSpec.of(fromUnit);
        UnitSpec to = UnitSpec.of(toUnit);
        if (value == null || !from.compatibleWith(to)) {
            return Optional.empty();
        }
        BigDecimal inBase = value.multiply(from.factor());
        return Optional.of(tidy(divide(inBase, to.factor())));
    }

    /** The family of a unit text; null or blank is NONE, an unknown word is a COUNT of that thing. */
    public static UnitFamily familyOf(String unit) {
        return UnitSpec.of(unit).family();
    }

    /** Whether a value in one unit can be converted into the other. */
    public static boolean compatible(String unitA, String unitB) {
        return UnitSpec.of(unitA).compatibleWith(UnitSpec.of(unitB));
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, MathContext.DECIMAL64);
        }
    }

    /** 22000 rather than 2.2E+4 or 22000.0: results are shown to people and written to JSON. */
    private static BigDecimal tidy(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
