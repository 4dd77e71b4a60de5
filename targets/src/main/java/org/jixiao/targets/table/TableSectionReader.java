package org.jixiao.targets.table;

import java.util.List;

/** Reads one table's run of tokens: title, project part, indicator header, indicator rows. */
final class TableSectionReader {

    private TableSectionReader() {}

    record Section(TargetTable table, List<TableProblem> problems) {}

    static Section read(int number, List<Token> tokens) {
        Token first = tokens.get(0);
        boolean titled = first.type() == Token.Type.TITLE;
        String title = titled ? TokenScanner.titleText(first.text()) : null;
        List<Token> body = titled ? tokens.subList(1, tokens.size()) : tokens;
        ProblemLog log = new ProblemLog(number, title);

        int header = headerIndex(body);
        if (header < 0) {
            log.missing(first.line(), Labels.LEVEL1, "no indicator header (一级指标 二级指标 三级指标 绩效指标描述 指标值)");
        }
        List<Token> projectTokens = header < 0 ? body : body.subList(0, header);
        ProjectPart project = ProjectPartReader.read(Blocks.of(projectTokens), first.line(), log);
        List<IndicatorRow> rows = header < 0
                ? List.of()
                : IndicatorRowsReader.read(Blocks.of(body.subList(afterHeader(body, header, log), body.size())), log);
        if (header >= 0 && rows.isEmpty()) {
            log.missing(body.get(header).line(), Labels.TARGET, "no indicator rows");
        }
        TargetTable table = new TargetTable(
                number,
                title,
                first.line(),
                project.unitCode(),
                project.unitName(),
                project.projectName(),
                project.total(),
                project.fiscal(),
                project.other(),
                project.purpose(),
                project.goals(),
                rows);
        return new Section(table, log.problems());
    }

    private static int headerIndex(List<Token> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).isCell() && Labels.is(body.get(i).text(), Labels.LEVEL1)) {
                return i;
            }
        }
        return -1;
    }

    /** Skips the header's five label cells; a missing one is reported and the rows are read all the same. */
    private static int afterHeader(List<Token> body, int header, ProblemLog log) {
        int index = header + 1;
        for (int column = 1; column < Labels.ROW_COLUMNS.length; column++) {
            while (index < body.size() && !body.get(index).isCell()) {
                index++;
            }
            if (index < body.size() && Labels.is(body.get(index).text(), Labels.ROW_COLUMNS[column])) {
                index++;
            } else {
                log.missing(body.get(header).line(), Labels.ROW_COLUMNS[column], "indicator header lacks this column");
            }
        }
        return index;
    }
}
