package org.jixiao.indicator.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.events.Milestone;

@Schema(description = "A new revision of an indicator: its target, description, weight and milestone plan")
public record RevisionRequest(
        @Schema(examples = "≥20台") String target, String description, BigDecimal weight, List<Milestone> milestones) {}
