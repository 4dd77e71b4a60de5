package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.IndicatorRevision;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;
import org.jixiao.targets.TargetValue;

/** One revision of an indicator, saying as the indicator does whether its measure and direction were set. */
public record RevisionResponse(
        int revision,
        String description,
        TargetValue target,
        BigDecimal weight,
        List<Milestone> milestones,

        @Schema(description = "the measure in effect in this revision (also target.accumulation)")
        Accumulation measure,

        @Schema(description = "true when this revision set its measure, false when it was the default")
        boolean measureSet,

        @Schema(description = "the direction in effect in this revision (also target.direction)")
        Direction direction,

        @Schema(description = "true when this revision set its direction, false when it was the default")
        boolean directionSet,

        Instant createdAt) {
    public static RevisionResponse of(IndicatorRevision r) {
        return new RevisionResponse(
                r.revision,
                r.description,
                r.target,
                r.weight,
                List.copyOf(r.milestones),
                r.target.accumulation(),
                r.measureSet != null,
                r.target.direction(),
                r.directionSet != null,
                r.createdAt);
    }
}
