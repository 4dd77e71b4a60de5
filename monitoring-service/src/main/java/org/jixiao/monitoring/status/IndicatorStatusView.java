package org.jixiao.monitoring.status;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        String explanation) {}
