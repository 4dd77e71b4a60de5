package org.jixiao.events;

import java.math.BigDecimal;

/**
 * An admin set the share of its points a qualitative indicator earns, within the band of its answer (财预〔2020〕10号:
 * 达成 80–100 %, 部分达成 60–80 %, 未达成 below 60 %), with the reason; a {@code share} of null withdraws it, so the
 * band's default applies again. Topic {@code progress-events}, key = project id, beside the reports it is about.
 */
public record ScoreAssessed(
        long indicatorId, long projectId, String unitCode, BigDecimal share, String reason, String assessedBy) {
    public static final int VERSION = 1;
}
