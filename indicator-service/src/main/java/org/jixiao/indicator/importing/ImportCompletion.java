package org.jixiao.indicator.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.contracts.events.ImportProjectsResolved;
import org.jixiao.contracts.table.IndicatorRow;
import org.jixiao.contracts.table.TargetTable;
import org.jixiao.indicator.api.IndicatorRequest;
import org.jixiao.indicator.domain.Indicator;
import org.jixiao.indicator.domain.KnownProject;
import org.jixiao.indicator.service.IndicatorService;

/**
 * The import saga's last step, on project-service's answer: attach every table's indicators to its project (those
 * already there are left as they are) and record the summary; or record the rejection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportCompletion {
    private final IndicatorService indicators;

    ImportCompletion(IndicatorService indicators) {
        this.indicators = indicators;
    }

    public void complete(ImportProjectsResolved resolved) {
        ImportJob job = ImportJob.findById(resolved.importId());
        if (job == null || !ImportJob.PENDING.equals(job.status)) {
            return;
        }
        job.completedAt = Instant.now();
        if (!resolved.accepted()) {
            job.status = ImportJob.REJECTED;
            job.errors = List.copyOf(resolved.errors());
            return;
        }
        List<ImportSummary.Table> summary = new ArrayList<>();
        for (ImportProjectsResolved.Project project : resolved.projects()) {
            know(project);
            TargetTable table = job.tables.stream()
                    .filter(t -> t.number() == project.table())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("import names unknown table " + project.table()));
            int created = attachIndicators(project.projectId(), table);
            boolean changed = created > 0 || ImportProjectsResolved.CREATED.equals(project.outcome());
            summary.add(new ImportSummary.Table(
                    table.number(),
                    project.unitCode(),
                    project.projectId(),
                    project.name(),
                    changed ? ImportSummary.CREATED : ImportSummary.UNCHANGED,
                    table.indicators().size()));
        }
        job.summary = summary;
        job.status = ImportJob.COMPLETED;
    }

    private static void know(ImportProjectsResolved.Project project) {
        KnownProject known = KnownProject.findById(project.projectId());
        if (known == null) {
            known = new KnownProject();
            known.id = project.projectId();
        }
        known.unitCode = project.unitCode();
        known.fiscalYear = project.fiscalYear();
        known.name = project.name();
        known.periodStart = project.periodStart();
        known.periodEnd = project.periodEnd();
        known.persist();
    }

    private int attachIndicators(long projectId, TargetTable table) {
        int created = 0;
        for (IndicatorRow row : table.indicators()) {
            boolean exists = Indicator.count(
                            "projectId = ?1 and level1 = ?2 and level2 = ?3 and name = ?4",
                            projectId,
                            row.level1(),
                            row.level2(),
                            row.name().strip())
                    > 0;
            if (!exists) {
                indicators.define(new IndicatorRequest(
                        projectId,
                        row.level1(),
                        row.level2(),
                        row.name(),
                        row.description(),
                        row.target(),
                        null,
                        null));
                created++;
            }
        }
        return created;
    }
}
