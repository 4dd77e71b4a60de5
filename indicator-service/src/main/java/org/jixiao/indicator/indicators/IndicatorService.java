package org.jixiao.indicator.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jixiao.indicator.projects.KnownProject;
import org.jixiao.indicator.projects.KnownProjects;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.outbox.OutboxEntry;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.security.UnitScope;

/**
 * Defines and revises indicators of known projects; every write leaves an {@code IndicatorDefined} event in the
 * outbox. Each write checks the caller's unit scope itself, inside the transaction that writes, against the unit
 * this service has on record for the project, read under a share lock ({@link KnownProjects#findForWrite}) so that it
 * cannot change before the write commits.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {
    private final Outbox outbox;
    private final KnownProjects projects;
    private final UnitScope scope;

    IndicatorService(Outbox outbox, KnownProjects projects, UnitScope scope) {
        this.outbox = outbox;
        this.projects = projects;
        this.scope = scope;
    }

    public Indicator define(DefineIndicator command) {
        // A known project must belong to the caller's unit before anything else is said about the request.
        KnownProject project = command == null || command.projectId() == null
                ? null
                : projects.findForWrite(command.projectId()).orElse(null);
        if (project != null) {
            scope.requireWrite(project.unitCode);
        }
        IndicatorValidator.validate(command);
        if (project == null) {
            throw ProblemException.invalid(
                    "projectId",
                    "project " + command.projectId()
                            + " is not known (a project just created becomes known within a second)");
        }
        String name = command.name().strip();
        if (Indicator.count(
                        "projectId = ?1 and level1 = ?2 and level2 = ?3 and name = ?4",
                        project.id,
                        command.level1(),
                        command.level2(),
                        name)
                > 0) {
            throw ProblemException.conflict("project " + project.id + " already has indicator " + command.level1() + "/"
                    + command.level2() + "/" + name);
        }
        Indicator indicator = Indicator.of(project, command, (int) Indicator.count("projectId", project.id));
        indicator.persistAndFlush();
        IndicatorRevision.of(indicator).persist();
        announce(indicator);
        return indicator;
    }

    /**
     * Changes the target, description, weight or milestones as a new revision, if the indicator is still at
     * {@code expectedRevision}; the earlier revisions stay readable.
     */
    public Indicator revise(long id, ReviseIndicator command, int expectedRevision) {
        Indicator indicator = get(id);
        // The project's row is locked before the indicator row is written (the order KnownProjects documents); the
        // indicator's own copy of the unit is checked too, so a key must hold both.
        KnownProject project = projects.findForWrite(indicator.projectId)
                .orElseThrow(() -> new IllegalStateException(
                        "indicator " + id + " refers to project " + indicator.projectId + ", which is not known"));
        scope.requireWrite(List.of(project.unitCode, indicator.unitCode));
        if (indicator.revision != expectedRevision) {
            throw ProblemException.conflict("indicator " + id + " is at revision " + indicator.revision + ", not "
                    + expectedRevision + "; read it again and retry");
        }
        if (command == null) {
            throw ProblemException.invalid("body", "a revision is required");
        }
        DefineIndicator revised = new DefineIndicator(
                indicator.projectId,
                indicator.level1,
                indicator.level2,
                indicator.name,
                command.description(),
                command.target(),
                command.weight(),
                command.milestones(),
                command.measure(),
                command.direction());
        IndicatorValidator.validate(revised);
        indicator.revise(revised);
        IndicatorRevision.of(indicator).persist();
        announce(indicator);
        return indicator;
    }

    private void announce(Indicator indicator) {
        OutboxEntry event = IndicatorEvents.defined(indicator);
        outbox.append(event.topic(), event.key(), event.eventType(), event.version(), event.data());
    }

    public List<IndicatorRevision> revisions(long id) {
        get(id);
        return IndicatorRevision.list("indicatorId = ?1 order by revision", id);
    }

    public Indicator get(long id) {
        Indicator indicator = Indicator.findById(id);
        if (indicator == null) {
            throw ProblemException.notFound("indicator " + id + " does not exist");
        }
        return indicator;
    }

    public List<Indicator> ofProject(long projectId) {
        if (projects.find(projectId).isEmpty()) {
            throw ProblemException.notFound("project " + projectId + " is not known");
        }
        return Indicator.list("projectId = ?1 order by position, id", projectId);
    }
}
