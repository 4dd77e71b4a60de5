package org.jixiao.indicator.importing;

/**
 * One table of a finished import: its unit, the project it became, whether anything was created, and its row count.
 * Stored with the job as JSON, so the field names are part of the stored data.
 */
public record ImportedTable(
        int table, String unitCode, Long projectId, String projectName, String outcome, int indicators) {
    public static final String CREATED = "CREATED";
    public static final String UNCHANGED = "UNCHANGED";

    /** The table as a repeated import of the same file sees it: nothing new was created. */
    ImportedTable unchanged() {
        return new ImportedTable(table, unitCode, projectId, projectName, UNCHANGED, indicators);
    }
}
