package org.jixiao.kit.problem;

/**
 * The longest text each kind of field may hold, in characters (code points), enforced at the edge as a 422 naming the
 * field: topics and tables keep text forever, and no rule needs more.
 */
public final class TextLimits {
    /** Codes such as a unit code. */
    public static final int CODE = 32;
    /** Short free text: targets, values, reporters, other labels. */
    public static final int SHORT = 100;
    /** Names of units, projects and indicators. */
    public static final int NAME = 200;
    /** Descriptions, purposes, goals and reasons. */
    public static final int DESCRIPTION = 2_000;

    private TextLimits() {}

    /** Records a violation when {@code text} is longer than {@code max}; returns whether it fits (null fits). */
    public static boolean check(Violations violations, String field, String text, int max) {
        // Checked for every field of every report a batch carries: the message is built only for a text that is over.
        if (fits(text, max)) {
            return true;
        }
        return violations.check(false, field, "must be at most " + max + " characters");
    }

    public static boolean fits(String text, int max) {
        // length() bounds the code point count from above, so the count is taken only where it can matter.
        return text == null || text.length() <= max || text.codePointCount(0, text.length()) <= max;
    }
}
