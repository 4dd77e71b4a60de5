package org.jixiao.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetValue;
import org.jixiao.targets.TargetValueParser;
import org.jixiao.targets.Units;

/**
 * Choosing and reading reports: corrections replace what they correct; values convert to the target's unit. Public
 * so that the official reports (监控表, 自评表) show exactly the figures the status rules use.
 */
public final class Reports {
    private Reports() {}

    /** The latest report as of {@code on} that no report (as of {@code on}) corrects. */
    public static Report latestEffective(List<Report> reports, LocalDate on) {
        List<Report> effective = effective(reports, on);
        return effective.isEmpty() ? null : effective.get(effective.size() - 1);
    }

    /** The reports as of {@code on} that no report (as of {@code on}) corrects, oldest first. */
    static List<Report> effective(List<Report> reports, LocalDate on) {
        List<Report> known = reports.stream().filter(r -> !r.asOf().isAfter(on)).toList();
        Set<UUID> corrected = known.stream()
                .map(Report::corrects)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return known.stream()
                .filter(r -> !corrected.contains(r.id()))
                .sorted(Comparator.comparing(Report::asOf).thenComparing(Report::reportedAt))
                .toList();
    }

    /** Whether progress on the target is a number (not a deadline, a service window or words). */
    public static boolean isNumeric(TargetValue target) {
        return target.value() != null
                && target.kind() != TargetKind.DEADLINE
                && target.kind() != TargetKind.QUALITATIVE
                && target.kind() != TargetKind.SERVICE_LEVEL;
    }

    /** The reported value in the target's unit, or null when it is not a number of a compatible unit. */
    public static BigDecimal numericValue(Report report, TargetValue target) {
        return inTargetUnit(report.value(), target);
    }

    static BigDecimal inTargetUnit(String text, TargetValue target) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TargetValue value = TargetValueParser.parse(text);
        if (value.value() == null) {
            return null;
        }
        boolean unitless = value.unit() == null || value.unit().isBlank();
        boolean targetUnitless = target.unit() == null || target.unit().isBlank();
        if (unitless || targetUnitless) {
            // A bare number is read only against a bare target: 200000 against ≥39万次 could be either (ReportChecks).
            return unitless && targetUnitless ? value.value() : null;
        }
        if (value.unit().equals(target.unit())) {
            return value.value();
        }
        return Units.convert(value.value(), value.unit(), target.unit()).orElse(null);
    }

    /** 全年预计完成值: the reported forecast, else straight-line extrapolation for cumulative indicators. */
    public static BigDecimal forecast(
            Report latest, TargetValue target, BigDecimal actual, BigDecimal timeProgress, boolean cumulative) {
        BigDecimal reported = inTargetUnit(latest.forecast(), target);
        if (reported != null) {
            return reported;
        }
        if (!cumulative) {
            return actual;
        }
        if (timeProgress.compareTo(BigDecimal.ONE) >= 0) {
            return actual;
        }
        return timeProgress.signum() == 0 ? null : actual.divide(timeProgress, 4, RoundingMode.HALF_UP);
    }
}
