package org.jixiao.monitoring.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.Cause;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProgressReported;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.EventIntake;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;

/**
 * Stores each progress report (its id is the event id, so a redelivery is a no-op) and re-evaluates the project.
 * Reports may also come from other systems writing to the topic directly: one naming an unknown indicator is poison.
 */
@ApplicationScoped
public class ProgressEventsConsumer {
    private final EventIntake intake;
    private final EventData data;
    private final Reevaluation reevaluation;

    ProgressEventsConsumer(EventIntake intake, EventData data, Reevaluation reevaluation) {
        this.intake = intake;
        this.data = data;
        this.reevaluation = reevaluation;
    }

    @Incoming("progress-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.process(Topics.PROGRESS_EVENTS, record.value(), this::apply);
    }

    private void apply(EventEnvelope<JsonNode> event) {
        if (!EventTypes.PROGRESS_REPORTED.equals(event.eventType())) {
            throw new PoisonMessageException(
                    "unknown event type " + event.eventType() + " on " + Topics.PROGRESS_EVENTS);
        }
        ProgressReported reported = data.read(event.data(), ProgressReported.class);
        if (reported.asOf() == null
                || reported.value() == null
                || reported.value().isBlank()) {
            throw new PoisonMessageException("ProgressReported lacks asOf or value");
        }
        MonIndicator indicator = MonIndicator.findById(reported.indicatorId());
        if (indicator == null) {
            throw new PoisonMessageException("indicator " + reported.indicatorId() + " is not known");
        }
        ProgressReport report = new ProgressReport();
        report.id = event.eventId();
        report.indicatorId = indicator.id;
        report.projectId = indicator.projectId;
        report.asOf = reported.asOf();
        report.value = reported.value().strip();
        report.numericValue = reported.numericValue();
        report.likelihood = reported.likelihood();
        if (reported.deviation() != null) {
            report.deviationCategory = reported.deviation().category();
            report.deviationReason = reported.deviation().reason();
        }
        report.correctiveAction = reported.correctiveAction();
        report.forecast = reported.forecast();
        report.corrects = reported.corrects();
        report.reporter = reported.reporter();
        report.reportedAt = reportedAt(reported, event);
        report.persist();
        reevaluation.after(indicator.projectId, new Reason(Cause.REPORT, event.eventId(), reported.asOf()));
    }

    /**
     * A report without its own time stamp gets the event's: consuming the same event again (a rebuild from offset 0)
     * must store the same row. Only an envelope without occurredAt falls back to the time of consumption.
     */
    private static Instant reportedAt(ProgressReported reported, EventEnvelope<JsonNode> event) {
        if (reported.reportedAt() != null) {
            return reported.reportedAt();
        }
        return event.occurredAt() != null ? event.occurredAt() : Instant.now();
    }
}
