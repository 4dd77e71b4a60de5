package org.jixiao.targets;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /** Digits with optional thousands separators and decimals; the rest of the text must be a short unit. */
    private static final Pattern NUMBER_THEN_TEXT = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(.*)$");

    private static final Pattern COMPLETION = Pattern.compile("(完成|完工|办结|交付)$");

    /**
     * Unit words are short and made of letters; anything longer or with digits or punctuation is a sentence that
     * happens to start with a number, and is left to the qualitative reading.
     */
    private static final Pattern UNIT = Pattern.compile("^[\\p{IsHan}A-Za-z%‰/()·]{0,6}$");

    static Optional<Measure> parse(String text) {
        Matcher matcher = NUMBER_THEN_TEXT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).replace(",", "");
        String decimals = matcher.group(2) == null ? "" : matcher.group(2);
        String rest = matcher.group(3);

        Matcher completionWord = COMPLETION.matcher(rest);
        boolean completion = completionWord.find();
        if (completion) {
            rest = rest.substring(0, completionWord.start());
        }
        ComparatorWords.Suffix suffix = ComparatorWords.suffix(rest);
        String unit = suffix.rest();
        if (!isUnit(unit)) {
            return Optional.empty();
        }
        return Optional.of(new Measure(new BigDecimal(digits + decimals), unit, suffix.comparator(), completion));
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
