package org.jixiao.targets.table;

import java.util.List;

/** The tables read from a file and the structural problems met on the way; both in file order. */
public record ReadResult(List<TargetTable> tables, List<TableProblem> problems) {

    public ReadResult {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
