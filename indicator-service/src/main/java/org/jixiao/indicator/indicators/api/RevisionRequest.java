package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.ReviseIndicator;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;

@Schema(description = "A new revision of an indicator: its target, description, weight and milestone plan")
public record RevisionRequest(
        @Schema(examples = "≥20台") String target,
        String description,
        BigDecimal weight,
        List<Milestone> milestones,
        @Schema(description = IndicatorRequest.MEASURE) Accumulation measure,
        @Schema(description = IndicatorRequest.DIRECTION) Direction direction) {

    ReviseIndicator toCommand() {
        return new ReviseIndicator(target, description, weight, milestones, measure, direction);
    }
}
