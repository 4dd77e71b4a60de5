package org.jixiao.monitoring.intake;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's score for a qualitative indicator, within its answer's band (docs/rules.md, "Score"). */
@Schema(description = "The share of its points a qualitative indicator earns, within the band of its answer, and why")
public record AssessmentRequest(
        @Schema(
                description = "share of the indicator's points, 0…1: 达成 0.8–1, 部分达成 0.6 up to 0.8, 未达成 below" + " 0.6",
                examples = "0.75")
        BigDecimal share,

        @Schema(description = "why the score differs from the band's default (at most 2,000 characters)")
        String reason) {}
