package org.jixiao.targets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The day a DEADLINE target falls due, once the project period is known (docs/rules.md, "Deadlines"): a written date
 * as it stands; a span to finish within (N天/周/个月/季度/年/工作日内完成) counted in its own unit from the period
 * start; a phrase without a year (年底前, 上半年, 6月底前, 第三季度) at the first such month end from the period start.
 */
public final class Deadlines {
    private Deadlines() {}

    /** The due day; the period end when the target names none (a deadline target with no readable date). */
    public static LocalDate due(TargetValue target, LocalDate periodStart, LocalDate periodEnd) {
        if (target.deadline() != null) {
            return target.deadline();
        }
        if (target.value() != null && target.unit() != null) {
            return within(target.value().intValue(), target.unit(), periodStart).orElse(periodEnd);
        }
        String phrase = ComparatorWords.prefix(CellText.normalize(target.raw())).rest();
        return YearlessDeadline.monthEnding(phrase)
                .map(month -> firstMonthEnd(month, periodStart))
                .orElse(periodEnd);
    }

    /** The last day of a span of {@code n} units that starts on {@code start} (30天 from 1 January: 30 January). */
    static Optional<LocalDate> within(int n, String unit, LocalDate start) {
        String u = CellText.normalize(unit);
        u = u.startsWith("个") && u.length() > 1 ? u.substring(1) : u;
        return switch (u) {
            case "天", "日" -> Optional.of(start.plusDays(n).minusDays(1));
            case "周", "星期" -> Optional.of(start.plusWeeks(n).minusDays(1));
            case "月" -> Optional.of(start.plusMonths(n).minusDays(1));
            case "季度" -> Optional.of(start.plusMonths(3L * n).minusDays(1));
            case "半年" -> Optional.of(start.plusMonths(6L * n).minusDays(1));
            case "年" -> Optional.of(start.plusYears(n).minusDays(1));
            case "工作日" -> Optional.of(workdays(n, start));
            case "小时", "h" -> Optional.of(start.plusDays((n + 23) / 24).minusDays(1));
            default -> Optional.empty();
        };
    }

    /** Mondays to Fridays only; public holidays are not known here and count as working days. */
    private static LocalDate workdays(int n, LocalDate start) {
        LocalDate day = start.minusDays(1);
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    private static LocalDate firstMonthEnd(int month, LocalDate from) {
        YearMonth due = YearMonth.of(from.getYear(), month);
        return due.atEndOfMonth().isBefore(from) ? due.plusYears(1).atEndOfMonth() : due.atEndOfMonth();
    }
}
