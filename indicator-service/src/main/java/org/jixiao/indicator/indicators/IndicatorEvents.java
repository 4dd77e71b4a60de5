package org.jixiao.indicator.indicators;

import java.util.List;
import org.jixiao.events.EventTypes;
import org.jixiao.events.IndicatorDefined;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.OutboxEntry;

/** The {@code IndicatorDefined} event of an indicator's current revision, keyed by its project. */
final class IndicatorEvents {
    private IndicatorEvents() {}

    static OutboxEntry defined(Indicator i) {
        return new OutboxEntry(
                Topics.INDICATOR_EVENTS,
                i.projectId.toString(),
                EventTypes.INDICATOR_DEFINED,
                IndicatorDefined.VERSION,
                new IndicatorDefined(
                        i.id,
                        i.projectId,
                        i.unitCode,
                        i.level1,
                        i.level2,
                        i.name,
                        i.description,
                        i.target,
                        i.weight,
                        List.copyOf(i.milestones),
                        i.revision));
    }
}
