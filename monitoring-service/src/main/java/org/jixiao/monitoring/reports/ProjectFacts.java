package org.jixiao.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.status.ProjectStatusView;

/** Everything a project's report is made of: the project, its evaluated status, spending and indicators. */
record ProjectFacts(MonProject project, ProjectStatusView status, BigDecimal spent, List<IndicatorFacts> indicators) {

    /** The day the report is as of: the one asked for, else today within the project period (as for the status). */
    LocalDate on() {
        return status.asOf();
    }
}
