package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.ReviseIndicator;

@Schema(description = "A new revision of an indicator: its target, description, weight and milestone plan")
public record RevisionRequest(
        @Schema(examples = "≥20台") String target, String description, BigDecimal weight, List<Milestone> milestones) {

    ReviseIndicator toCommand() {
        return new ReviseIndicator(target, description, weight, milestones);
    }
}
