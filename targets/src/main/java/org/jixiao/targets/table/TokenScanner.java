package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text extraction of the Word document into tokens. In that layout every cell starts a line with a tab,
 * a cell that spans paragraphs (numbered 绩效目标) continues on lines without a tab, empty lines separate rows, and
 * cells may carry trailing tabs from merged columns.
 */
final class TokenScanner {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern BOOKMARK = Pattern.compile("^\\s*\\[bookmark:[^\\]]*\\]");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d{1,3}[.、．].*绩效目标表$");

    private TokenScanner() {}

    static List<Token> scan(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = LINE_BREAK.split(body, -1);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            addLine(tokens, i + 1, lines[i]);
        }
        return tokens;
    }

    private static void addLine(List<Token> tokens, int number, String line) {
        String leading = stripLeadingSpaces(line);
        // A line holding only a tab is an empty cell, not a separator: test for the tab first.
        if (leading.isEmpty()) {
            tokens.add(new Token(number, Token.Type.BLANK, ""));
        } else if (leading.startsWith("\t")) {
            addCells(tokens, number, leading.substring(1));
        } else if (isTitle(line)) {
            tokens.add(new Token(number, Token.Type.TITLE, line.strip()));
        } else if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isCell()) {
            tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1).append(line.strip()));
        } else {
            // Text without the leading tab after an empty line: a cell whose tab was lost in extraction.
            tokens.add(new Token(number, Token.Type.CELL, line.strip()));
        }
    }

    /**
     * Trailing tabs are empty merged columns and are dropped; a tab inside the text separates two cells. A line
     * holding only a tab is one empty cell (a blank 一级指标, the blank label before 资金用途).
     */
    private static void addCells(List<Token> tokens, int number, String content) {
        String[] parts = content.stripTrailing().split("\t", -1);
        for (String part : parts) {
            tokens.add(new Token(number, Token.Type.CELL, part.strip()));
        }
    }

    private static boolean isTitle(String line) {
        String text = line.strip();
        return BOOKMARK.matcher(text).find() || NUMBERED_TITLE.matcher(text).matches();
    }

    /** Some lines carry a space before the cell tab (the unit line of a title-less table, for one). */
    private static String stripLeadingSpaces(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return line.substring(start);
    }

    /** The title without its bookmark and printed number, or null when nothing is left. */
    static String titleText(String titleLine) {
        String text = BOOKMARK.matcher(titleLine).replaceFirst("").strip();
        text = text.replaceFirst("^\\d{1,3}[.、．]\\s*", "");
        return text.isEmpty() ? null : text;
    }
}
