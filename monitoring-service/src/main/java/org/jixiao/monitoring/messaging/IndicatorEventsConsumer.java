package org.jixiao.monitoring.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.Cause;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.IndicatorDefined;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.status.PendingRefreshes;

/** Keeps monitoring's copy of the targets; an older revision never overwrites a newer one. */
@ApplicationScoped
public class IndicatorEventsConsumer {
    private final EventIntake intake;
    private final EventData data;
    private final PendingRefreshes refreshes;

    IndicatorEventsConsumer(EventIntake intake, EventData data, PendingRefreshes refreshes) {
        this.intake = intake;
        this.data = data;
        this.refreshes = refreshes;
    }

    @Incoming("indicator-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.process(Topics.INDICATOR_EVENTS, record.value(), this::apply);
    }

    private void apply(EventEnvelope<JsonNode> event) {
        if (!EventTypes.INDICATOR_DEFINED.equals(event.eventType())) {
            return;
        }
        IndicatorDefined defined = data.read(event.data(), IndicatorDefined.class);
        if (defined.target() == null || defined.unitCode() == null || defined.level1() == null) {
            throw new PoisonMessageException("IndicatorDefined lacks target, unitCode or levels");
        }
        MonIndicator indicator = MonIndicator.findById(defined.indicatorId());
        if (indicator != null && indicator.revision > defined.revision()) {
            return;
        }
        if (indicator == null) {
            indicator = new MonIndicator();
            indicator.id = defined.indicatorId();
        }
        indicator.projectId = defined.projectId();
        indicator.unitCode = defined.unitCode();
        indicator.level1 = defined.level1();
        indicator.level2 = defined.level2();
        indicator.name = defined.name();
        indicator.target = defined.target();
        indicator.weight = defined.weight();
        indicator.milestones = defined.milestones() == null ? new ArrayList<>() : new ArrayList<>(defined.milestones());
        indicator.revision = defined.revision();
        indicator.persist();
        refreshes.request(defined.projectId(), Cause.TARGET_DEFINED, event.eventId());
    }
}
