package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one table, stamping each with the table it belongs to. */
final class ProblemLog {

    private final int tableNumber;
    private final String tableTitle;
    private final List<TableProblem> problems = new ArrayList<>();

    ProblemLog(int tableNumber, String tableTitle) {
        this.tableNumber = tableNumber;
        this.tableTitle = tableTitle;
    }

    void add(int line, String column, String text, String message) {
        problems.add(new TableProblem(tableNumber, tableTitle, line, column, text, message));
    }

    /** Something expected is absent: there is no text to show. */
    void missing(int line, String column, String message) {
        add(line, column, null, message);
    }

    /** In line order (a stable sort: problems of one line keep the order they were found in). */
    List<TableProblem> problems() {
        return problems.stream()
                .sorted(Comparator.comparingInt(TableProblem::line))
                .toList();
    }
}
