package org.jixiao.indicator.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/imports}: per table its unit, project, outcome and indicator count. */
public record ImportSummary(String importId, List<Table> tables) {
    public static final String CREATED = "CREATED";
    public static final String UNCHANGED = "UNCHANGED";

    @Schema(name = "ImportedTable", description = "One table of an import: its unit, project, outcome and row count")
    public record Table(
            @Schema(description = "number of the table in the file")
            int table,

            String unitCode,
            Long projectId,
            String projectName,
            @Schema(enumeration = {CREATED, UNCHANGED}) String outcome,

            @Schema(description = "indicator rows of the table")
            int indicators) {}

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
