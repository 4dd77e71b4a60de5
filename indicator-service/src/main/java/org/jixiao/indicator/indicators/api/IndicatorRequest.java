package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.DefineIndicator;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;

@Schema(description = "A performance indicator (绩效指标) of a project")
public record IndicatorRequest(
        Long projectId,
        @Schema(examples = "产出指标", description = "一级指标") String level1,
        @Schema(examples = "数量指标", description = "二级指标") String level2,

        @Schema(examples = "硬件采购（维护）数量", description = "三级指标")
        String name,

        @Schema(description = "绩效指标描述") String description,

        @Schema(examples = "≥17台", description = "指标值, as written in the table")
        String target,

        @Schema(description = "weight in the self-evaluation score; default: split evenly within 一级指标")
        BigDecimal weight,

        @Schema(description = "planned (cumulative) values by date")
        List<Milestone> milestones,

        @Schema(description = MEASURE) Accumulation measure,
        @Schema(description = DIRECTION) Direction direction) {

    static final String MEASURE = "CUMULATIVE, LEVEL or ONE_OFF, overriding the default the target and the"
            + " indicator's name give (docs/rules.md); omit to keep the default";
    static final String DIRECTION =
            "HIGHER_BETTER, LOWER_BETTER or EXACT, overriding the default the target gives; omit to keep the default";

    DefineIndicator toCommand() {
        return new DefineIndicator(
                projectId, level1, level2, name, description, target, weight, milestones, measure, direction);
    }
}
