package org.jixiao.monitoring.status;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/status/units/{code}}: the unit's roll-up and its projects on a day. */
public record UnitStatusView(
        String unitCode, LocalDate asOf, String status, String warning, List<ProjectStatusView> projects) {}
