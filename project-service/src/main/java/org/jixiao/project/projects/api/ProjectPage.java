package org.jixiao.project.projects.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of {@code GET /api/projects}'s answer, a {@code PageResponse<ProjectResponse>}: naming the
 * answer's example in an annotation replaces the schema the scanner would derive from the generic return type.
 */
@Schema(name = "ProjectPage", description = "One page of projects")
record ProjectPage(
        List<ProjectResponse> items,
        @Schema(description = "0-based page number") int page,
        @Schema(description = "page size asked for") int size,

        @Schema(description = "number of projects matching the filters, on all pages")
        long total) {}
