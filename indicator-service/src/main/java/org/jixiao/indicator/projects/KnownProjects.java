package org.jixiao.indicator.projects;

import jakarta.enterprise.context.ApplicationScoped;
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
