package org.jixiao.indicator.importing;

import java.util.List;

/** The answer of {@code POST /api/imports}: per table its unit, project, outcome and indicator count. */
public record ImportSummary(String importId, List<Table> tables) {
    public static final String CREATED = "CREATED";
    public static final String UNCHANGED = "UNCHANGED";

    public record Table(
            int table, String unitCode, Long projectId, String projectName, String outcome, int indicators) {}

    /** The same tables as seen by a repeated import: nothing new was created. */
    public ImportSummary unchanged() {
        return new ImportSummary(
                importId,
                tables.stream()
                        .map(t -> new Table(
                                t.table(), t.unitCode(), t.projectId(), t.projectName(), UNCHANGED, t.indicators()))
                        .toList());
    }
}
