package org.jixiao.indicator.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;

/**
 * What it takes to define an indicator of a project, from the REST API or a row of an imported table. Fields may be
 * missing: {@link IndicatorValidator} names each one that is. {@code measure} and {@code direction} override what the
 * target grammar would choose (docs/rules.md, "Measure and direction"); null leaves the default.
 */
public record DefineIndicator(
        Long projectId,
        String level1,
        String level2,
        String name,
        String description,
        String target,
        BigDecimal weight,
        List<Milestone> milestones,
        Accumulation measure,
        Direction direction) {}
