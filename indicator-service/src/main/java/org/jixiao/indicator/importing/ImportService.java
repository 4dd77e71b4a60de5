package org.jixiao.indicator.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jixiao.events.Budget;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ImportProjectsRequested;
import org.jixiao.events.Topics;
import org.jixiao.indicator.importing.files.DocxText;
import org.jixiao.indicator.importing.files.OfficeFiles;
import org.jixiao.indicator.importing.files.XlsxTables;
import org.jixiao.indicator.importing.rules.TableChecks;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.security.UnitScope;
import org.jixiao.targets.table.ReadResult;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.targets.table.TargetTableTextReader;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemTitles;

/**
 * Starts the import saga for a file of target tables and waits for its end. The whole file is checked first: one
 * error and nothing is stored. A valid file becomes an {@link ImportJob} keyed by its content hash plus a request to
 * project-service, in one transaction; project-service's answer completes the job ({@link ImportCompletion}).
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** How often a waiting request looks at the job even without a signal (another instance may complete it). */
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final Outbox outbox;
    private final ImportSignals signals;
    private final Duration wait;
    private final UnitScope scope;
    private final int maxRows;

    ImportService(Outbox outbox, ImportSignals signals, ImportConfig config, UnitScope scope) {
        this.outbox = outbox;
        this.signals = signals;
        this.wait = config.waitFor();
        this.scope = scope;
        this.maxRows = config.maxRows();
        new OfficeFiles.Limits(config.minInflateRatio(), config.maxEntrySize().asLongValue(), config.maxTextSize())
                .apply();
    }

    /** The outcome: the finished tables, or null while project-service has not answered within the wait. */
    public record Outcome(String importId, List<ImportedTable> tables) {}

    /** The layouts a file of target tables can come in. */
    public enum Format {
        /** The text layout of the seed files. */
        TEXT,
        /** The Word document the tables are published in. */
        DOCX,
        /** The documented spreadsheet layout ({@link org.jixiao.indicator.importing.files.XlsxLayout}). */
        XLSX
    }

    public Outcome importFile(byte[] file, Format format, Integer defaultYear) {
        long start = System.nanoTime();
        ReadResult read = switch (format) {
            case TEXT -> new TargetTableTextReader().read(new String(file, StandardCharsets.UTF_8));
            case DOCX -> new TargetTableTextReader().read(DocxText.of(file));
            case XLSX -> XlsxTables.read(file, maxRows);
        };
        int rows = read.tables().stream().mapToInt(t -> t.indicators().size()).sum();
        if (rows > maxRows) {
            throw new ProblemException(
                    413,
                    ProblemTitles.PAYLOAD_TOO_LARGE,
                    "file: " + rows + " indicator rows; at most " + maxRows + " per file (jixiao.import.max-rows)",
                    List.of(new Problem.Violation("file", "has more than " + maxRows + " indicator rows")),
                    java.util.Map.of());
        }
        TableChecks checks = TableChecks.of(read, defaultYear);
        if (!checks.violations().isEmpty()) {
            throw ProblemException.invalid(checks.violations());
        }
        String id = contentHash(file, defaultYear);
        List<ImportedTable> repeated =
                QuarkusTransaction.requiringNew().call(() -> start(id, read.tables(), checks.fiscalYears()));
        if (repeated != null) {
            return new Outcome(id, repeated);
        }
        LOG.infof(
                "import %s: %d table(s) with %d indicator row(s) read, checked and requested in %d ms",
                id,
                read.tables().size(),
                read.tables().stream().mapToInt(t -> t.indicators().size()).sum(),
                (System.nanoTime() - start) / 1_000_000);
        return new Outcome(id, awaitCompletion(id));
    }

    /** Creates the job and the request, or returns the tables of an identical import that already completed. */
    private List<ImportedTable> start(String id, List<TargetTable> tables, List<Integer> years) {
        // A unit key imports only its own units' tables: one foreign table refuses the whole file.
        scope.requireWrite(tables.stream().map(TargetTable::unitCode).toList());
        ImportJob job = ImportJob.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (job != null && ImportJob.COMPLETED.equals(job.status)) {
            return job.summary.stream().map(ImportedTable::unchanged).toList();
        }
        if (job != null && ImportJob.PENDING.equals(job.status)) {
            return null;
        }
        if (job != null) {
            job.delete(); // rejected before: the conflict may have been resolved since, so try again
            job.flush();
        }
        job = new ImportJob();
        job.id = id;
        job.status = ImportJob.PENDING;
        job.tables = tables;
        job.fiscalYears = years;
        job.persist();
        outbox.append(
                Topics.PROJECT_COMMANDS,
                id,
                EventTypes.IMPORT_PROJECTS_REQUESTED,
                ImportProjectsRequested.VERSION,
                new ImportProjectsRequested(id, projects(tables, years)));
        return null;
    }

    private List<ImportedTable> awaitCompletion(String id) {
        long deadline = System.nanoTime() + wait.toNanos();
        CompletableFuture<Void> signal = signals.watch(id);
        try {
            while (true) {
                // Only the status while waiting: the job row also holds every table of the file as JSON.
                String status = QuarkusTransaction.requiringNew().call(() -> ImportJob.status(id));
                if (ImportJob.COMPLETED.equals(status)) {
                    return QuarkusTransaction.requiringNew().call(() -> ImportJob.summary(id));
                }
                if (ImportJob.REJECTED.equals(status)) {
                    throw ProblemException.conflict("the import was rejected: " + String.join("; ", job(id).errors));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                awaitSignal(signal, Math.min(left, RECHECK.toNanos()));
            }
        } finally {
            signals.forget(id, signal);
        }
    }

    public ImportJob job(String id) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
        if (job == null) {
            throw ProblemException.notFound("import " + id + " does not exist");
        }
        return job;
    }

    private static List<ImportProjectsRequested.Project> projects(List<TargetTable> tables, List<Integer> years) {
        List<ImportProjectsRequested.Project> projects = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TargetTable t = tables.get(i);
            Budget budget = new Budget(amount(t.total()), amount(t.fiscal()), amount(t.other()));
            projects.add(new ImportProjectsRequested.Project(
                    t.number(),
                    t.unitCode(),
                    t.unitName(),
                    years.get(i),
                    t.projectName().strip(),
                    budget,
                    t.purpose(),
                    t.goals()));
        }
        return projects;
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    /** The import's id: the same file read with the same default year is the same import. */
    public static String contentHash(byte[] file, Integer defaultYear) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(file);
            sha.update(("\n#fiscalYear=" + defaultYear).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void awaitSignal(CompletableFuture<Void> signal, long nanos) {
        try {
            signal.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // time to look again
        } catch (ExecutionException e) {
            throw new IllegalStateException("an import signal never fails", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("interrupted while waiting for the import", 5);
        }
    }
}
