package org.jixiao.indicator.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.jixiao.kit.inbox.PoisonMessageException;

/**
 * The projects this service knows, as project-service announced them. Indicators can only be attached to a known
 * project, and its unit decides who may write them.
 */
@ApplicationScoped
public class KnownProjects {

    /** What project-service says a project is now. */
    public record Announced(
            long projectId, String unitCode, int fiscalYear, String name, LocalDate periodStart, LocalDate periodEnd) {}

    public Optional<KnownProject> find(long projectId) {
        return KnownProject.findByIdOptional(projectId);
    }

    /**
     * The project as a write of its indicators must see it: read in the writing transaction under a share lock
     * ({@code SELECT ... FOR SHARE}), so the unit the write is checked against stays the project's unit until the write
     * commits. A change of the row by {@link #learn} waits for that commit; a write that comes second waits for the
     * change to commit and then reads the row as it left it.
     *
     * <p>Lock order, the same in every transaction that takes both: the {@code known_project} row, then {@code
     * indicator} rows. Defining and revising lock the project here before they write an indicator; the consumer's
     * {@link #learn} writes the project before an import's indicators are inserted ({@code IndicatorBatch} flushes it
     * first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownProject> findForWrite(long projectId) {
        return KnownProject.findByIdOptional(projectId, LockModeType.PESSIMISTIC_READ);
    }

    /**
     * Records the project as announced, a new one or a newer state of one already known; returns it. A project's unit
     * never changes (it decides who may write the project's indicators), so an announcement that moves a known
     * project to another unit is refused as poison, to the dead-letter topic with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownProject learn(Announced announced) {
        KnownProject project = KnownProject.findById(announced.projectId());
        if (project != null && !project.unitCode.equals(announced.unitCode())) {
            throw new PoisonMessageException("project " + project.id + " belongs to unit " + project.unitCode
                    + "; an event may not move it to unit " + announced.unitCode());
        }
        if (project == null) {
            project = new KnownProject();
            project.id = announced.projectId();
        }
        project.unitCode = announced.unitCode();
        project.fiscalYear = announced.fiscalYear();
        project.name = announced.name();
        project.periodStart = announced.periodStart();
        project.periodEnd = announced.periodEnd();
        project.persist();
        return project;
    }
}
