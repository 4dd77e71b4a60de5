package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.Indicator;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;
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

        @Schema(description = "the measure in effect (also target.accumulation)")
        Accumulation measure,

        @Schema(description = "true when the indicator sets its measure, false when it is the default")
        boolean measureSet,

        @Schema(description = "the direction in effect (also target.direction)")
        Direction direction,

        @Schema(description = "true when the indicator sets its direction, false when it is the default")
        boolean directionSet,

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
                i.target.accumulation(),
                i.measureSet != null,
                i.target.direction(),
                i.directionSet != null,
                i.revision);
    }
}
