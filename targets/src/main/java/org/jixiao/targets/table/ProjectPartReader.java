package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project part of one table: unit line, 单位：万元, 项目名称, the budget cells, the 资金用途 text and the
 * 绩效目标. Values are found by their labels (a value is the next cell in the label's block), so a missing cell is
 * reported at its label instead of shifting every value after it.
 */
final class ProjectPartReader {

    private static final Pattern UNIT_LINE = Pattern.compile("^(\\d{6})\\s*(.*)$", Pattern.DOTALL);
    private static final String EXPECTED_AMOUNT_UNIT = "单位：万元";

    private final List<Token> cells = new ArrayList<>();
    private final List<Integer> blockOf = new ArrayList<>();
    private final Set<Integer> consumed = new HashSet<>();
    private final int tableLine;
    private final ProblemLog log;

    private ProjectPartReader(List<List<Token>> blocks, int tableLine, ProblemLog log) {
        for (int block = 0; block < blocks.size(); block++) {
            for (Token cell : blocks.get(block)) {
                cells.add(cell);
                blockOf.add(block);
            }
        }
        this.tableLine = tableLine;
        this.log = log;
    }

    static ProjectPart read(List<List<Token>> blocks, int tableLine, ProblemLog log) {
        return new ProjectPartReader(blocks, tableLine, log).read();
    }

    private ProjectPart read() {
        String[] unit = unit();
        checkAmountUnit();
        String projectName = value(Labels.PROJECT_NAME, true);
        find(Labels.BUDGET_AND_USE);
        String total = value(Labels.TOTAL, true);
        String fiscal = value(Labels.FISCAL, true);
        String other = value(Labels.OTHER, false);
        int goalsLabel = find(Labels.GOALS);
        String purpose = unconsumedText(lastConsumedBefore(goalsLabel) + 1, goalsLabel);
        if (purpose.isEmpty()) {
            log.missing(lineOf(Labels.BUDGET_AND_USE), Labels.PURPOSE, "no 资金用途 text");
        }
        List<String> goals = goals(goalsLabel);
        return new ProjectPart(
                unit[0], unit[1], projectName, total, fiscal, other == null ? "" : other, purpose, goals);
    }

    /** The first cell, "573301中国国际贸易促进委员会天津市分会": {code, name}. */
    private String[] unit() {
        if (cells.isEmpty()
                || Labels.isAmountUnit(cells.get(0).text())
                || Labels.isProjectLabel(cells.get(0).text())) {
            log.missing(tableLine, Labels.UNIT, "no unit line (6-digit unit code and name)");
            return new String[] {null, null};
        }
        Token cell = cells.get(0);
        consumed.add(0);
        Matcher matcher = UNIT_LINE.matcher(cell.text());
        if (!matcher.matches()) {
            log.add(cell.line(), Labels.UNIT, cell.text(), "unit line without a 6-digit unit code");
            return new String[] {null, cell.text()};
        }
        return new String[] {matcher.group(1), matcher.group(2).strip()};
    }

    private void checkAmountUnit() {
        for (int i = 0; i < cells.size(); i++) {
            Token cell = cells.get(i);
            if (Labels.isAmountUnit(cell.text())) {
                consumed.add(i);
                if (!Labels.normalize(cell.text()).equals(EXPECTED_AMOUNT_UNIT)) {
                    log.add(cell.line(), Labels.UNIT, cell.text(), "amounts are expected in 万元");
                }
                return;
            }
        }
        log.missing(tableLine, Labels.UNIT, "no 单位：万元 line");
    }

    /** The cell after the label in the same block; null (and a problem if required) when absent or blank. */
    private String value(String label, boolean required) {
        int at = find(label);
        if (at < 0) {
            log.missing(tableLine, label, "no " + label + " label");
            return null;
        }
        int next = at + 1;
        boolean present = next < cells.size()
                && blockOf.get(next).equals(blockOf.get(at))
                && !Labels.isProjectLabel(cells.get(next).text());
        String text = present ? cells.get(next).text() : null;
        if (present) {
            consumed.add(next);
        }
        if (required && (text == null || text.isBlank())) {
            log.missing(cells.get(at).line(), label, "no value for " + label);
            return null;
        }
        return text;
    }

    /** Index of the first cell with this label (marked as consumed), or -1. */
    private int find(String label) {
        for (int i = 0; i < cells.size(); i++) {
            if (Labels.is(cells.get(i).text(), label)) {
                consumed.add(i);
                return i;
            }
        }
        return -1;
    }

    private List<String> goals(int goalsLabel) {
        if (goalsLabel < 0) {
            log.missing(tableLine, Labels.GOALS, "no 绩效目标 label");
            return List.of();
        }
        List<String> goals = GoalSplitter.split(unconsumedText(goalsLabel + 1, cells.size()));
        if (goals.isEmpty()) {
            log.missing(cells.get(goalsLabel).line(), Labels.GOALS, "no 绩效目标 text");
        }
        return goals;
    }

    private int lastConsumedBefore(int end) {
        int limit = end < 0 ? cells.size() : end;
        return consumed.stream().filter(i -> i < limit).max(Integer::compare).orElse(-1);
    }

    /** Non-blank cells in [from, to) that are no label or value, joined by line breaks. */
    private String unconsumedText(int from, int to) {
        int end = to < 0 ? cells.size() : to;
        List<String> texts = new ArrayList<>();
        for (int i = Math.max(from, 0); i < end; i++) {
            if (!consumed.contains(i) && !cells.get(i).text().isBlank()) {
                texts.add(cells.get(i).text());
            }
        }
        return String.join("\n", texts);
    }

    private int lineOf(String label) {
        for (Token cell : cells) {
            if (Labels.is(cell.text(), label)) {
                return cell.line();
            }
        }
        return tableLine;
    }
}
