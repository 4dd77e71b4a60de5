package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetValue;

/**
 * The share (0…1) of an indicator's points it earns in the self-evaluation (10号 第十七条), from the latest report:
 * higher-better earns actual ÷ target up to all of it; lower-better earns all when met, else target ÷ actual;
 * qualitative answers earn the top of their band (达成 100 %, 部分达成 80 %, 未达成 60 %); no report earns nothing.
 */
public final class EarnedShare {
    private static final BigDecimal PARTLY = new BigDecimal("0.8");
    private static final BigDecimal NOT = new BigDecimal("0.6");

    private EarnedShare() {}

    public static BigDecimal of(TargetValue target, List<Report> reports, LocalDate on) {
        Report latest = Reports.latestEffective(reports, on);
        if (latest == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal actual = Reports.isNumeric(target) ? Reports.numericValue(latest, target) : null;
        if (actual == null) {
            return qualitative(latest.value());
        }
        if (target.direction() == Direction.LOWER_BETTER) {
            if (actual.compareTo(target.value()) <= 0) {
                return BigDecimal.ONE;
            }
            return target.value().divide(actual, 6, RoundingMode.HALF_UP);
        }
        if (target.value().signum() == 0) {
            return BigDecimal.ONE;
        }
        return actual.divide(target.value(), 6, RoundingMode.HALF_UP)
                .min(BigDecimal.ONE)
                .max(BigDecimal.ZERO);
    }

    private static BigDecimal qualitative(String answer) {
        return switch (answer) {
            case Report.ACHIEVED -> BigDecimal.ONE;
            case Report.PARTLY_ACHIEVED -> PARTLY;
            case Report.NOT_ACHIEVED -> NOT;
            default -> BigDecimal.ZERO;
        };
    }
}
