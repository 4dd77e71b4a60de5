package org.jixiao.indicator.importing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.indicator.importing.ImportJob;

/** Where an import stands: PENDING, COMPLETED with its tables, or REJECTED with project-service's reasons. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An import: PENDING, COMPLETED with its tables, or REJECTED with the reasons")
public record ImportState(
        @Schema(description = "SHA-256 of the file and the fiscal year it was read with")
        String importId,

        @Schema(enumeration = {ImportJob.PENDING, ImportJob.COMPLETED, ImportJob.REJECTED})
        String status,

        @Schema(description = "per table its unit, project, outcome and indicator count; only when COMPLETED")
        List<ImportSummary.Table> tables,

        @Schema(description = "why project-service rejected the file; empty while PENDING, absent when COMPLETED")
        List<String> errors) {

    /** The answer while project-service has not answered yet. */
    static ImportState pending(String importId) {
        return new ImportState(importId, ImportJob.PENDING, null, null);
    }

    static ImportState of(ImportJob job) {
        return job.summary != null
                ? new ImportState(job.id, job.status, ImportSummary.of(job.summary), null)
                : new ImportState(job.id, job.status, null, job.errors == null ? List.of() : job.errors);
    }
}
