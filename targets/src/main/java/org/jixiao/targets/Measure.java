package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number with its unit, as it stands after any leading comparator: "17台", "39万次", "30分钟以内",
 * "12个月内完成".
 *
 * @param value the number
 * @param unit the unit text, "" when none
 * @param suffixComparator a comparator written after the unit (以上, 以内), else null
 * @param completion whether the text ends with a word like 完成 ("12个月内完成": a period to finish within)
 */
record Measure(BigDecimal value, String unit, Comparator suffixComparator, boolean completion) {

    /** Words after the unit that make the target a period to finish within. */
    private static final List<String> COMPLETION_WORDS = List.of("完成", "完工", "办结", "交付");

    /**
     * Unit words are short and made of letters; anything longer or with digits or punctuation is a sentence that
     * happens to start with a number, and is left to the qualitative reading.
     */
    private static final Pattern UNIT = Pattern.compile("^[\\p{IsHan}A-Za-z%‰/()·]{0,6}$");

    /**
     * Reads the number by hand, in one pass: a regular expression with a number group followed by {@code (.*)$}
     * backtracks over every split of a long digit run that ends in a line separator (quadratic time), and this text
     * comes from clients (docs/security.md, "Hostile input").
     */
    static Optional<Measure> parse(String text) {
        int end = digitsFrom(text, 0);
        if (end == 0) {
            return Optional.empty();
        }
        StringBuilder number = new StringBuilder(text.length()).append(text, 0, end);
        if (end <= 3) {
            // Thousands separators: 1,000 or 12,345,678 — each group exactly three digits.
            while (end < text.length() && text.charAt(end) == ',' && digitsFrom(text, end + 1) == end + 4) {
                number.append(text, end + 1, end + 4);
                end += 4;
            }
        }
        if (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
            int decimalsEnd = digitsFrom(text, end + 1);
            number.append(text, end, decimalsEnd);
            end = decimalsEnd;
        }
        String rest = text.substring(end);
        boolean completion = false;
        for (String word : COMPLETION_WORDS) {
            if (rest.endsWith(word)) {
                rest = rest.substring(0, rest.length() - word.length());
                completion = true;
                break;
            }
        }
        ComparatorWords.Suffix suffix = ComparatorWords.suffix(rest);
        String unit = suffix.rest();
        if (!isUnit(unit)) {
            return Optional.empty();
        }
        return Optional.of(new Measure(new BigDecimal(number.toString()), unit, suffix.comparator(), completion));
    }

    /** The index after the run of ASCII digits that starts at {@code from} ({@code from} itself when none). */
    private static int digitsFrom(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A percent sign is a whole unit: "100%覆盖" is a sentence, not a unit called "%覆盖". */
    private static boolean isUnit(String unit) {
        if (!UNIT.matcher(unit).matches()) {
            return false;
        }
        boolean hasPercent = unit.contains("%") || unit.contains("‰");
        return !hasPercent || unit.length() == 1;
    }
}
