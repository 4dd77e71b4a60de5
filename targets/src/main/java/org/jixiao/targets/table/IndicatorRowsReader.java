package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the indicator part: each block is a row of five cells (一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值). A blank
 * 一级指标 repeats the row above, as the merged cell of the Word original does. A block of ten cells is two rows
 * whose separating empty line was lost; any other count is a broken row, reported and skipped.
 */
final class IndicatorRowsReader {

    private static final int COLUMNS = Labels.ROW_COLUMNS.length;

    private final ProblemLog log;
    private final List<IndicatorRow> rows = new ArrayList<>();
    private String level1Above;

    private IndicatorRowsReader(ProblemLog log) {
        this.log = log;
    }

    static List<IndicatorRow> read(List<List<Token>> blocks, ProblemLog log) {
        IndicatorRowsReader reader = new IndicatorRowsReader(log);
        blocks.stream().filter(block -> !Blocks.allBlank(block)).forEach(reader::readBlock);
        return List.copyOf(reader.rows);
    }

    private void readBlock(List<Token> block) {
        if (block.size() % COLUMNS != 0) {
            String column = block.size() < COLUMNS ? Labels.ROW_COLUMNS[block.size()] : null;
            String text = block.stream().map(Token::text).collect(Collectors.joining(" | "));
            String message = "indicator row has " + block.size() + " cells, expected " + COLUMNS
                    + " (一级指标 二级指标 三级指标 绩效指标描述 指标值)";
            log.add(block.get(0).line(), column, text, message);
            return;
        }
        for (int start = 0; start < block.size(); start += COLUMNS) {
            readRow(block.subList(start, start + COLUMNS));
        }
    }

    private void readRow(List<Token> cells) {
        int line = cells.get(0).line();
        String level1 = level1(cells.get(0));
        String level2 = required(cells.get(1), Labels.LEVEL2);
        String name = required(cells.get(2), Labels.LEVEL3);
        String description = cells.get(3).text();
        String target = required(cells.get(4), Labels.TARGET);
        rows.add(new IndicatorRow(line, level1, level2, name, description, target));
    }

    private String level1(Token cell) {
        if (!cell.text().isBlank()) {
            level1Above = cell.text();
            return cell.text();
        }
        if (level1Above == null) {
            log.missing(cell.line(), Labels.LEVEL1, "blank 一级指标 and no row above to take it from");
            // Reported once: the blank rows below inherit the same gap and would only repeat the message.
            level1Above = "";
        }
        return level1Above;
    }

    /** The cell text; a blank one is kept (the row is still useful) but reported. */
    private String required(Token cell, String column) {
        if (cell.text().isBlank()) {
            log.missing(cell.line(), column, "empty " + column);
        }
        return cell.text();
    }
}
