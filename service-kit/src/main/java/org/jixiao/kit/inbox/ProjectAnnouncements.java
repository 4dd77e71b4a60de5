package org.jixiao.kit.inbox;

import org.jixiao.events.ProjectRegistered;
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;

/**
 * What every consumer of {@code project-events} requires of a project's announcement (registered or updated), as the
 * API requires it of a project (docs/security.md, "Kafka"): its code and name within their limits, and a period that
 * does not end before it starts. The caller has checked that unit code and period are present.
 */
public final class ProjectAnnouncements {
    private ProjectAnnouncements() {}

    public static Violations violations(ProjectRegistered project) {
        Violations violations = new Violations();
        TextLimits.check(violations, "unitCode", project.unitCode(), TextLimits.CODE);
        TextLimits.check(violations, "name", project.name(), TextLimits.NAME);
        violations.check(
                !project.periodEnd().isBefore(project.periodStart()), "periodEnd", "must not be before periodStart");
        return violations;
    }
}
