package org.jixiao.targets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar deadline: 2025年12月, 2028年7月, 2025年12月31日, 2025年底前, 2025年年底前, 2025年上半年, 2025-12-31,
 * and the end of a service period 2023.07-2024.01. Phrases without a year (年底前, 6月底前, 第三季度) are {@link
 * YearlessDeadline}s.
 */
final class DeadlineText {

    /** Year, optional month and day, optional 底/末 ("end of"), optional 前 ("before") and 完成 ("done"). */
    private static final Pattern CHINESE_DATE =
            Pattern.compile("^(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?(?:年?底|年?末)?(?:之前|以前|前)?(?:完成)?$");

    /** 2025年上半年, 2025年第三季度: a year and a part of it (see {@link YearlessDeadline}). */
    private static final Pattern YEAR_AND_PART = Pattern.compile("^(\\d{4})年(.+)$");

    /** 2023.07-2024.01, 2023.07.01-2024.01.31, 2023年7月-2024年1月: a service period, due at its end. */
    private static final Pattern RANGE =
            Pattern.compile("^\\d{4}[.年/-]\\d{1,2}(?:[.月/-]\\d{1,2}[日号]?|月)?[-~至到—–]+(.+)$");

    /** 2024.01, 2024.01.31, 2024/1: the end of a range. */
    private static final Pattern DOTTED =
            Pattern.compile("^(\\d{4})[./](\\d{1,2})(?:[./](\\d{1,2}))?(?:之前|以前|前)?(?:完成)?$");

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:之前|以前|前)?(?:完成)?$");

    /** A bare "2025年" could be a duration in another century; only plausible fiscal years are deadlines. */
    private static final int FIRST_YEAR = 1900;

    private static final int LAST_YEAR = 2199;

    private DeadlineText() {}

    /**
     * The date the target falls due. A month without a day means its last day, a year without a month its 31
     * December: "完成 by 2025年12月" is met by anything done in December. An impossible date gives empty.
     */
    static Optional<LocalDate> parse(String text) {
        Matcher chinese = CHINESE_DATE.matcher(text);
        if (chinese.matches()) {
            return date(chinese.group(1), chinese.group(2), chinese.group(3));
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.matches()) {
            return date(dotted.group(1), dotted.group(2), dotted.group(3));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            return parse(range.group(1));
        }
        Matcher part = YEAR_AND_PART.matcher(text);
        if (part.matches() && plausible(Integer.parseInt(part.group(1)))) {
            return YearlessDeadline.monthEnding(part.group(2))
                    .map(month ->
                            YearMonth.of(Integer.parseInt(part.group(1)), month).atEndOfMonth());
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (!plausible(y)) {
            return Optional.empty();
        }
        try {
            if (month == null) {
                return Optional.of(LocalDate.of(y, 12, 31));
            }
            YearMonth yearMonth = YearMonth.of(y, Integer.parseInt(month));
            if (day == null) {
                return Optional.of(yearMonth.atEndOfMonth());
            }
            return Optional.of(yearMonth.atDay(Integer.parseInt(day)));
        } catch (DateTimeException invalidDate) {
            return Optional.empty();
        }
    }

    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
