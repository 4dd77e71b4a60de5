package org.jixiao.monitoring.status;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schemas of the two status lists. They answer a {@link org.jixiao.kit.rest.PageResponse}, whose type
 * argument the document cannot show once a response declares its own content (for its example).
 */
final class StatusPages {
    private StatusPages() {}

    @Schema(name = "IndicatorStatusPage", description = "One page of indicator statuses")
    record Indicators(List<IndicatorStatusView> items, int page, int size, long total) {}

    @Schema(name = "ProjectStatusPage", description = "One page of project statuses")
    record Projects(List<ProjectStatusView> items, int page, int size, long total) {}
}
