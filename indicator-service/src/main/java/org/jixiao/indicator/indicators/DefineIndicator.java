package org.jixiao.indicator.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.events.Milestone;

/**
 * What it takes to define an indicator of a project, from the REST API or a row of an imported table. Fields may be
 * missing: {@link IndicatorValidator} names each one that is.
 */
public record DefineIndicator(
        Long projectId,
        String level1,
        String level2,
        String name,
        String description,
        String target,
        BigDecimal weight,
        List<Milestone> milestones) {}
