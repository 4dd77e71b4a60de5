package org.jixiao.monitoring.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.events.IndicatorDefined;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.kit.inbox.ProjectAnnouncements;
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;
import org.jixiao.monitoring.readmodel.ReadModelRows;

/**
 * What the read-model consumers refuse of an announcement, even from the principal allowed to write it
 * (docs/security.md, "Kafka"): a project never moves to another unit, nor an indicator to another project or unit,
 * since the unit decides who may report on them; a project's period must not end before it starts; no text is longer
 * than the API allows (TextLimits). Each check keeps what the batch accepted so far, so a move split across one batch
 * is refused as well.
 */
final class AnnouncementChecks {
    private final Map<Long, String> unitOfProject = new HashMap<>();
    private final Map<Long, Placement> indicators = new HashMap<>();

    /** Where an indicator belongs: what an announcement may never change. */
    private record Placement(long projectId, String unitCode) {}

    private AnnouncementChecks() {}

    /** Loads, in one query, the projects the batch announces. */
    static AnnouncementChecks forProjects(ReadModelRows readModel, List<Long> projectIds) {
        AnnouncementChecks checks = new AnnouncementChecks();
        readModel.projects(projectIds).values().forEach(p -> checks.unitOfProject.put(p.id, p.unitCode));
        return checks;
    }

    /** Loads, in one query, the indicators the batch announces. */
    static AnnouncementChecks forIndicators(ReadModelRows readModel, List<Long> indicatorIds) {
        AnnouncementChecks checks = new AnnouncementChecks();
        readModel
                .indicators(indicatorIds)
                .values()
                .forEach(i -> checks.indicators.put(i.id, new Placement(i.projectId, i.unitCode)));
        return checks;
    }

    Optional<String> refusal(ProjectRegistered project) {
        Violations violations = ProjectAnnouncements.violations(project);
        if (!violations.isEmpty()) {
            return Optional.of(PoisonMessageException.reason(violations));
        }
        String unit = unitOfProject.putIfAbsent(project.projectId(), project.unitCode());
        return unit == null || unit.equals(project.unitCode())
                ? Optional.empty()
                : Optional.of("unitCode: project " + project.projectId() + " belongs to unit " + unit
                        + "; a project never moves to another unit");
    }

    Optional<String> refusal(IndicatorDefined defined) {
        Violations texts = new Violations();
        TextLimits.check(texts, "unitCode", defined.unitCode(), TextLimits.CODE);
        TextLimits.check(texts, "level1", defined.level1(), TextLimits.SHORT);
        TextLimits.check(texts, "level2", defined.level2(), TextLimits.SHORT);
        TextLimits.check(texts, "name", defined.name(), TextLimits.NAME);
        TextLimits.check(texts, "description", defined.description(), TextLimits.DESCRIPTION);
        TextLimits.check(texts, "target", defined.target().raw(), TextLimits.SHORT);
        if (!texts.isEmpty()) {
            return Optional.of(PoisonMessageException.reason(texts));
        }
        Placement known =
                indicators.putIfAbsent(defined.indicatorId(), new Placement(defined.projectId(), defined.unitCode()));
        if (known == null) {
            return Optional.empty();
        }
        if (known.projectId() != defined.projectId()) {
            return Optional.of("projectId: indicator " + defined.indicatorId() + " belongs to project "
                    + known.projectId() + "; an indicator never moves to another project");
        }
        return known.unitCode().equals(defined.unitCode())
                ? Optional.empty()
                : Optional.of("unitCode: indicator " + defined.indicatorId() + " belongs to unit " + known.unitCode());
    }
}
