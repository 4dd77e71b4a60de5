package org.jixiao.indicator.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;

/** A new revision of an indicator: what it replaces of the current one. */
public record ReviseIndicator(
        String target,
        String description,
        BigDecimal weight,
        List<Milestone> milestones,
        Accumulation measure,
        Direction direction) {}
