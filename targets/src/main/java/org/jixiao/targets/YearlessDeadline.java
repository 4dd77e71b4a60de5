package org.jixiao.targets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines written without a year, which mean the project's (fiscal) year: 年底前 and 年内 (31 December), 上半年
 * (30 June), 下半年, 6月底前 and 6月前 (the end of June), 第三季度 (30 September). The grammar recognises them; the date
 * is fixed by {@link Deadlines#due} once the period is known.
 */
final class YearlessDeadline {
    private static final String BEFORE = "(?:之前|以前|前)?(?:完成)?$";

    private static final Pattern YEAR_END = Pattern.compile("^(?:年底|年末|年内|本年度?内?|年度内|当年)" + BEFORE);
    private static final Pattern FIRST_HALF = Pattern.compile("^上半年(?:底|末)?" + BEFORE);
    private static final Pattern SECOND_HALF = Pattern.compile("^下半年(?:底|末)?" + BEFORE);
    private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月(?:底|末|份)?" + BEFORE);
    private static final Pattern QUARTER = Pattern.compile("^第?([1-4一二三四])季度(?:底|末)?" + BEFORE);

    private YearlessDeadline() {}

    /** Whether the text is one of these phrases. */
    static boolean matches(String text) {
        return monthEnding(text).isPresent();
    }

    /** The month (1–12) at whose end the phrase falls due, or empty when it is no such phrase. */
    static Optional<Integer> monthEnding(String text) {
        if (YEAR_END.matcher(text).matches() || SECOND_HALF.matcher(text).matches()) {
            return Optional.of(12);
        }
        if (FIRST_HALF.matcher(text).matches()) {
            return Optional.of(6);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(1));
            return m >= 1 && m <= 12 ? Optional.of(m) : Optional.empty();
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(3 * ("1一2二3三4四".indexOf(quarter.group(1)) / 2 + 1));
        }
        return Optional.empty();
    }
}
