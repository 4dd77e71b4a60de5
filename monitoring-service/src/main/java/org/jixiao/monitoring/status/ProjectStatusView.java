package org.jixiao.monitoring.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/** {@code GET /api/status/projects/{id}}: a project's status, warning and its indicators on a day. */
public record ProjectStatusView(
        long projectId,
        String unitCode,
        String name,
        LocalDate asOf,
        Status status,
        Warning warning,
        BigDecimal timeProgress,
        BigDecimal executionRate,
        BigDecimal score,
        String grade,

        @Schema(description = "the score if every indicator and the spending end the year at their forecast")
        BigDecimal projectedScore,

        String projectedGrade,
        List<IndicatorStatusView> indicators) {}
