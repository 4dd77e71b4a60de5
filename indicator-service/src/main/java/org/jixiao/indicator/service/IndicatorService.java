package org.jixiao.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.events.EventTypes;
import org.jixiao.events.IndicatorDefined;
import org.jixiao.events.Topics;
import org.jixiao.indicator.api.IndicatorRequest;
import org.jixiao.indicator.api.RevisionRequest;
import org.jixiao.indicator.domain.Indicator;
import org.jixiao.indicator.domain.IndicatorRevision;
import org.jixiao.indicator.domain.KnownProject;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.targets.TargetValueParser;

/** Defines indicators of known projects; every definition leaves an {@code IndicatorDefined} event in the outbox. */
@ApplicationScoped
@Transactional
public class IndicatorService {
    private final Outbox outbox;

    IndicatorService(Outbox outbox) {
        this.outbox = outbox;
    }

    public Indicator define(IndicatorRequest request) {
        IndicatorValidator.validate(request);
        KnownProject project = KnownProject.findById(request.projectId());
        if (project == null) {
            throw ProblemException.invalid(
                    "projectId",
                    "project " + request.projectId()
                            + " is not known (a project just created becomes known within a second)");
        }
        String name = request.name().strip();
        if (Indicator.count(
                        "projectId = ?1 and level1 = ?2 and level2 = ?3 and name = ?4",
                        project.id,
                        request.level1(),
                        request.level2(),
                        name)
                > 0) {
            throw ProblemException.conflict("project " + project.id + " already has indicator " + request.level1() + "/"
                    + request.level2() + "/" + name);
        }
        Indicator indicator = newIndicator(project, request, (int) Indicator.count("projectId", project.id));
        indicator.persistAndFlush();
        IndicatorRevision.of(indicator).persist();
        outbox.append(
                Topics.INDICATOR_EVENTS,
                project.id.toString(),
                EventTypes.INDICATOR_DEFINED,
                IndicatorDefined.VERSION,
                toEvent(indicator));
        return indicator;
    }

    /**
     * Changes the target, description, weight or milestones as a new revision, if the indicator is still at
     * {@code expectedRevision}; the earlier revisions stay readable.
     */
    public Indicator revise(long id, RevisionRequest request, int expectedRevision) {
        Indicator indicator = get(id);
        if (indicator.revision != expectedRevision) {
            throw ProblemException.conflict("indicator " + id + " is at revision " + indicator.revision + ", not "
                    + expectedRevision + "; read it again and retry");
        }
        if (request == null) {
            throw ProblemException.invalid("body", "a revision is required");
        }
        IndicatorValidator.validate(new IndicatorRequest(
                indicator.projectId,
                indicator.level1,
                indicator.level2,
                indicator.name,
                request.description(),
                request.target(),
                request.weight(),
                request.milestones()));
        indicator.description = request.description();
        indicator.targetRaw = request.target().strip();
        indicator.target = TargetValueParser.parse(indicator.targetRaw, indicator.level2);
        indicator.weight = request.weight();
        indicator.milestones = request.milestones() == null ? new ArrayList<>() : new ArrayList<>(request.milestones());
        indicator.revision++;
        IndicatorRevision.of(indicator).persist();
        outbox.append(
                Topics.INDICATOR_EVENTS,
                indicator.projectId.toString(),
                EventTypes.INDICATOR_DEFINED,
                IndicatorDefined.VERSION,
                toEvent(indicator));
        return indicator;
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
        if (KnownProject.findById(projectId) == null) {
            throw ProblemException.notFound("project " + projectId + " is not known");
        }
        return Indicator.list("projectId = ?1 order by position, id", projectId);
    }

    /** A new indicator (not yet persisted) from a request that passed validation, at a position in its project. */
    static Indicator newIndicator(KnownProject project, IndicatorRequest request, int position) {
        Indicator indicator = new Indicator();
        indicator.projectId = project.id;
        indicator.unitCode = project.unitCode;
        indicator.level1 = request.level1();
        indicator.level2 = request.level2();
        indicator.name = request.name().strip();
        indicator.description = request.description();
        indicator.targetRaw = request.target().strip();
        indicator.target = TargetValueParser.parse(indicator.targetRaw, request.level2());
        indicator.weight = request.weight();
        indicator.milestones = request.milestones() == null ? new ArrayList<>() : new ArrayList<>(request.milestones());
        indicator.position = position;
        return indicator;
    }

    static IndicatorDefined toEvent(Indicator i) {
        return new IndicatorDefined(
                i.id,
                i.projectId,
                i.unitCode,
                i.level1,
                i.level2,
                i.name,
                i.description,
                i.target,
                i.weight,
                List.copyOf(i.milestones),
                i.revision);
    }
}
