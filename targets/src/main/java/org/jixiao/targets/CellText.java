package org.jixiao.targets;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Brings a cell into one spelling before the grammar looks at it; the raw text is kept elsewhere. */
final class CellText {
    /** NFKC already maps U+3000 and U+00A0 to a space; the BOM and zero-width space are not whitespace to Java. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u200B\\uFEFF]+");

    /** A full stop or separator closing the cell says nothing about the target. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;,，、.]+$");

    private CellText() {}

    /**
     * NFKC turns full-width digits, ％, ＞＝, ＜ and ＊ into their ASCII forms; spaces are dropped because tables
     * write "≥ 17 台" and "≥17台" for the same thing.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String compact = INVISIBLE.matcher(folded).replaceAll("");
        return TRAILING_PUNCTUATION.matcher(compact).replaceAll("");
    }
}
