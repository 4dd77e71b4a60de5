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
import org.jixiao.indicator.importing.rules.ImportAnswerCheck;
import org.jixiao.indicator.importing.rules.SettingCell;
import org.jixiao.indicator.indicators.DefineIndicator;
import org.jixiao.indicator.indicators.IndicatorBatch;
import org.jixiao.indicator.projects.KnownProject;
import org.jixiao.indicator.projects.KnownProjects;
import org.jixiao.kit.inbox.PoisonMessageException;
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
    private final KnownProjects projects;
    private final Event<ImportSignals.Finished> finished;
    private final int batchSize;

    ImportCompletion(
            IndicatorBatch indicators,
            KnownProjects projects,
            Event<ImportSignals.Finished> finished,
            ImportConfig config) {
        this.indicators = indicators;
        this.projects = projects;
        this.finished = finished;
        this.batchSize = config.batchSize();
    }

    public void complete(ImportProjectsResolved resolved) {
        ImportJob job = ImportJob.findById(resolved.importId());
        if (job == null) {
            throw new PoisonMessageException("ImportProjectsResolved for import " + resolved.importId()
                    + ", which this service never requested");
        }
        if (!ImportJob.PENDING.equals(job.status)) {
            return; // answered before: the import's outcome stands
        }
        ImportAnswerCheck.mismatch(job.tables, job.fiscalYears, resolved).ifPresent(reason -> {
            throw new PoisonMessageException(
                    "ImportProjectsResolved does not fit pending import " + job.id + ": it " + reason);
        });
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
        List<ImportedTable> summary = new ArrayList<>();
        for (ImportProjectsResolved.Project project : resolved.projects()) {
            TargetTable table = tables.get(project.table());
            if (table == null) {
                throw new IllegalStateException("import names unknown table " + project.table());
            }
            int created = attachIndicators(know(project), table);
            attached += created;
            boolean changed = created > 0 || ImportProjectsResolved.CREATED.equals(project.outcome());
            summary.add(new ImportedTable(
                    table.number(),
                    project.unitCode(),
                    project.projectId(),
                    project.name(),
                    changed ? ImportedTable.CREATED : ImportedTable.UNCHANGED,
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

    private KnownProject know(ImportProjectsResolved.Project project) {
        return projects.learn(new KnownProjects.Announced(
                project.projectId(),
                project.unitCode(),
                project.fiscalYear(),
                project.name(),
                project.periodStart(),
                project.periodEnd()));
    }

    private int attachIndicators(KnownProject project, TargetTable table) {
        List<DefineIndicator> requests = table.indicators().stream()
                .map(row -> new DefineIndicator(
                        project.id,
                        row.level1(),
                        row.level2(),
                        row.name(),
                        row.description(),
                        row.target(),
                        null,
                        null,
                        SettingCell.MEASURE.read(row.measure()),
                        SettingCell.DIRECTION.read(row.direction())))
                .toList();
        return indicators.defineMissing(project, requests, batchSize);
    }
}
