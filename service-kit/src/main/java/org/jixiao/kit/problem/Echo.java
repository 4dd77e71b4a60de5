package org.jixiao.kit.problem;

/**
 * Input quoted back in an error message, cut to {@value #MAX_CHARS} characters: an answer stays small however large
 * the value that caused it.
 */
public final class Echo {
    public static final int MAX_CHARS = 64;

    private Echo() {}

    public static String of(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS - 1;
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
