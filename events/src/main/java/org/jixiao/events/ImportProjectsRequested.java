package org.jixiao.events;

import java.util.List;

/**
 * Step 1 of the import saga: indicator-service, having validated a whole file of target tables, asks
 * project-service to register its units and projects. Topic {@code project-commands}, key = import id (the file's
 * content hash), so a repeated import is recognised everywhere.
 */
public record ImportProjectsRequested(String importId, List<Project> projects) {
    public static final int VERSION = 1;

    /** One table's project; {@code table} is its 1-based number in the file. */
    public record Project(
            int table,
            String unitCode,
            String unitName,
            int fiscalYear,
            String name,
            Budget budget,
            String purpose,
            List<String> goals) {}
}
