package org.jixiao.monitoring.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.monitoring.rules.Status;

/** {@code GET /api/status/indicators/{id}}: the status of one indicator on a day. */
public record IndicatorStatusView(
        long indicatorId,
        long projectId,
        String name,
        String target,
        LocalDate asOf,
        Status status,
        BigDecimal actual,
        BigDecimal expected,
        BigDecimal ratio,
        BigDecimal forecast,
        String explanation,

        @Schema(description = "a deadline done after it: how many days late (it then earns the late share)")
        Integer daysLate,

        @Schema(description = "a planning remark, e.g. \"far above target: was it set too low?\" at year end")
        String note) {}
