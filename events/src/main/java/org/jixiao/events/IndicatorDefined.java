package org.jixiao.events;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.targets.TargetValue;

/**
 * An indicator (绩效指标) was defined or revised; a revision carries a higher {@code revision}. Topic
 * {@code indicator-events}, key = project id so that all of one project's targets stay ordered.
 */
public record IndicatorDefined(
        long indicatorId,
        long projectId,
        String unitCode,
        String level1,
        String level2,
        String name,
        String description,
        TargetValue target,
        BigDecimal weight,
        List<Milestone> milestones,
        int revision) {
    public static final int VERSION = 1;
}
