package org.jixiao.indicator.importing.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.indicator.importing.ImportedTable;

/** The answer of {@code POST /api/imports}: per table its unit, project, outcome and indicator count. */
public record ImportSummary(String importId, List<Table> tables) {

    @Schema(name = "ImportedTable", description = "One table of an import: its unit, project, outcome and row count")
    public record Table(
            @Schema(description = "number of the table in the file")
            int table,

            String unitCode,
            Long projectId,
            String projectName,

            @Schema(enumeration = {ImportedTable.CREATED, ImportedTable.UNCHANGED})
            String outcome,

            @Schema(description = "indicator rows of the table")
            int indicators) {

        static Table of(ImportedTable t) {
            return new Table(t.table(), t.unitCode(), t.projectId(), t.projectName(), t.outcome(), t.indicators());
        }
    }

    static List<Table> of(List<ImportedTable> tables) {
        return tables.stream().map(Table::of).toList();
    }
}
