package org.jixiao.monitoring.status;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.monitoring.rules.Status;
import org.jixiao.monitoring.rules.Warning;

/** {@code GET /api/status/units/{code}}: the roll-up of a unit's projects of one fiscal year on a day. */
public record UnitStatusView(
        String unitCode,
        int fiscalYear,
        LocalDate asOf,
        Status status,
        Warning warning,
        List<ProjectStatusView> projects) {}
