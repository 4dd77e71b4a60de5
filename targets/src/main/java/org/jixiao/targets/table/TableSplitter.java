package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the token stream into one run of tokens per table. A table starts at a title line, or, because some tables
 * were published without one, at a unit line: the cell followed by "单位：万元". A unit line right after a title
 * belongs to that title's table. Tokens before the first table are ignored.
 */
final class TableSplitter {

    private TableSplitter() {}

    static List<List<Token>> split(List<Token> tokens) {
        List<Integer> starts = starts(tokens);
        List<List<Token>> sections = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : tokens.size();
            sections.add(tokens.subList(starts.get(i), end));
        }
        return sections;
    }

    private static List<Integer> starts(List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.TITLE) {
                starts.add(i);
            } else if (isUnitLine(tokens, i) && !followsTitle(tokens, i)) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** A non-empty cell whose next cell is the amount unit ("单位：万元"). */
    static boolean isUnitLine(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!token.isCell() || token.text().isEmpty() || Labels.isAmountUnit(token.text())) {
            return false;
        }
        for (int next = index + 1; next < tokens.size(); next++) {
            Token candidate = tokens.get(next);
            if (candidate.isCell()) {
                return Labels.isAmountUnit(candidate.text());
            }
            if (candidate.type() == Token.Type.TITLE) {
                return false;
            }
        }
        return false;
    }

    /** Whether the nearest token before this one, skipping empty lines, is a title. */
    private static boolean followsTitle(List<Token> tokens, int index) {
        for (int previous = index - 1; previous >= 0; previous--) {
            Token candidate = tokens.get(previous);
            if (candidate.type() != Token.Type.BLANK) {
                return candidate.type() == Token.Type.TITLE;
            }
        }
        return false;
    }
}
