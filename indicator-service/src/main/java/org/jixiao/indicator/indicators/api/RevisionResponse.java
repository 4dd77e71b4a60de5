package org.jixiao.indicator.indicators.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jixiao.events.Milestone;
import org.jixiao.indicator.indicators.IndicatorRevision;
import org.jixiao.targets.TargetValue;

public record RevisionResponse(
        int revision,
        String description,
        TargetValue target,
        BigDecimal weight,
        List<Milestone> milestones,
        Instant createdAt) {
    public static RevisionResponse of(IndicatorRevision r) {
        return new RevisionResponse(
                r.revision, r.description, r.target, r.weight, List.copyOf(r.milestones), r.createdAt);
    }
}
