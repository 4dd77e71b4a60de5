package org.jixiao.monitoring.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.rules.Period;
import org.jixiao.targets.TargetValueParser;

/** Read-model objects made by hand for the pure tests of the report rows. */
final class ReportFixtures {
    /** 200 days, so that on {@link #HALF_WAY} (day 100) the time progress is exactly 0.5. */
    static final Period PERIOD = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 19));

    static final LocalDate HALF_WAY = LocalDate.of(2025, 4, 10);
    private static long nextId = 1;
    private static long clock = 0;

    private ReportFixtures() {}

    static MonIndicator indicator(String level1, String level2, String name, String target) {
        MonIndicator indicator = new MonIndicator();
        indicator.id = nextId++;
        indicator.projectId = 1L;
        indicator.unitCode = "573301";
        indicator.level1 = level1;
        indicator.level2 = level2;
        indicator.name = name;
        indicator.target = TargetValueParser.parse(target, level2);
        indicator.revision = 1;
        return indicator;
    }

    /** A report; each one is reported a minute after the previous. */
    static ProgressReport report(LocalDate asOf, String value) {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.asOf = asOf;
        report.value = value;
        report.reportedAt = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60 * clock++);
        return report;
    }

    static ProgressReport deviating(ProgressReport report, String category, String reason, String action) {
        report.deviationCategory = category;
        report.deviationReason = reason;
        report.correctiveAction = action;
        return report;
    }

    static IndicatorFacts facts(MonIndicator indicator, ProgressReport... reports) {
        for (ProgressReport report : reports) {
            report.indicatorId = indicator.id;
            report.projectId = indicator.projectId;
        }
        return IndicatorFacts.of(indicator, List.of(reports));
    }
}
