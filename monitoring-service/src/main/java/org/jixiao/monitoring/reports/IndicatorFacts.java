package org.jixiao.monitoring.reports;

import java.util.List;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.Report;

/** An indicator with every report on it: as stored (for the texts) and as the status rules read them. */
record IndicatorFacts(MonIndicator indicator, List<ProgressReport> reports, List<Report> forRules) {

    static IndicatorFacts of(MonIndicator indicator, List<ProgressReport> reports) {
        return new IndicatorFacts(
                indicator,
                reports,
                reports.stream().map(ProgressReport::toReport).toList());
    }
}
