package org.jixiao.indicator.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jixiao.events.ImportProjectsResolved;
import org.jixiao.indicator.api.IndicatorRequest;
import org.jixiao.indicator.domain.KnownProject;
import org.jixiao.indicator.service.IndicatorBatch;
import org.jixiao.targets.table.TargetTable;

/**
 * The import saga's last step, on project-service's answer: attach every table's indicators to its project (those
 * already there are left as they are) and record the summary; or record the rejection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportCompletion {
    private static final Logger LOG = Logger.getLogger(ImportCompletion.class);

    private final IndicatorBatch indicators;
    private final Event<ImportSignals.Finished> finished;
    private final int batchSize;

    ImportCompletion(IndicatorBatch indicators, Event<ImportSignals.Finished> finished, ImportConfig config) {
        this.indicators = indicators;
        this.finished = finished;
        this.batchSize = config.batchSize();
    }

    public void complete(ImportProjectsResolved resolved) {
        ImportJob job = ImportJob.findById(resolved.importId());
        if (job == null || !ImportJob.PENDING.equals(job.status)) {
            return;
        }
        if (!resolved.accepted()) {
            job.completedAt = Instant.now();
            job.status = ImportJob.REJECTED;
            job.errors = List.copyOf(resolved.errors());
            finished.fire(new ImportSignals.Finished(job.id));
            return;
        }
        Map<Integer, TargetTable> tables =
                job.tables.stream().collect(Collectors.toMap(TargetTable::number, Function.identity()));
        long start = System.nanoTime();
        int attached = 0;
        List<ImportSummary.Table> summary = new ArrayList<>();
        for (ImportProjectsResolved.Project project : resolved.projects()) {
            TargetTable table = tables.get(project.table());
            if (table == null) {
                throw new IllegalStateException("import names unknown table " + project.table());
            }
            int created = attachIndicators(know(project), table);
            attached += created;
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
        job.completedAt = Instant.now();
        finished.fire(new ImportSignals.Finished(job.id));
        LOG.infof(
                "import %s: %d indicator(s) attached to %d project(s) in %d ms",
                job.id, attached, summary.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static KnownProject know(ImportProjectsResolved.Project project) {
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
        return known;
    }

    private int attachIndicators(KnownProject project, TargetTable table) {
        List<IndicatorRequest> requests = table.indicators().stream()
                .map(row -> new IndicatorRequest(
                        project.id,
                        row.level1(),
                        row.level2(),
                        row.name(),
                        row.description(),
                        row.target(),
                        null,
                        null))
                .toList();
        return indicators.defineMissing(project, requests, batchSize);
    }
}
