package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.Indicator;
import org.jixiao.targets.TargetValue;

public record IndicatorResponse(
        long id,
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

    public static IndicatorResponse of(Indicator i) {
        return new IndicatorResponse(
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
