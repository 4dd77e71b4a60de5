package org.jixiao.monitoring.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.Cause;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProgressReported;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.EventData;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.monitoring.readmodel.ReportRows;
import org.jixiao.monitoring.rules.ReportChecks;

/**
 * Stores the progress reports of a polled batch (each report's id is its event id, so a redelivery is a no-op) and
 * re-evaluates every project they touch once. Reports may also come from other systems writing to the topic directly:
 * one naming an unknown indicator, or with a value REST would refuse (a wrong unit family, no unit), is poison.
 */
@ApplicationScoped
public class ProgressEventsConsumer implements BatchHandler<ProgressReport> {
    private final BatchIntake intake;
    private final EventData data;
    private final ReportRows rows;
    private final Reevaluation reevaluation;

    ProgressEventsConsumer(BatchIntake intake, EventData data, ReportRows rows, Reevaluation reevaluation) {
        this.intake = intake;
        this.data = data;
        this.rows = rows;
        this.reevaluation = reevaluation;
    }

    @Incoming("progress-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.process(Topics.PROGRESS_EVENTS, records, this);
    }

    @Override
    public Checked<ProgressReport> check(List<Consumed> batch) {
        Checked<ProgressReport> checked = new Checked<>();
        List<Consumed> readable = new ArrayList<>(batch.size());
        List<ProgressReported> read = new ArrayList<>(batch.size());
        for (Consumed consumed : batch) {
            try {
                read.add(read(consumed));
                readable.add(consumed);
            } catch (PoisonMessageException e) {
                checked.reject(consumed, e.getMessage());
            }
        }
        Map<Long, MonIndicator> indicators = indicatorsOf(read);
        for (int i = 0; i < readable.size(); i++) {
            ProgressReported reported = read.get(i);
            MonIndicator indicator = indicators.get(reported.indicatorId());
            if (indicator == null) {
                checked.reject(readable.get(i), "indicator " + reported.indicatorId() + " is not known");
                continue;
            }
            // The same value check as REST and batch files: a report written straight to the topic gets no pass.
            Optional<String> refused = ReportChecks.value(reported.value(), indicator.target, false);
            if (refused.isPresent()) {
                checked.reject(readable.get(i), "value: " + refused.get());
            } else {
                checked.accept(readable.get(i), report(readable.get(i), reported, indicator.projectId));
            }
        }
        return checked;
    }

    /** The indicators the batch names, in one query. */
    private static Map<Long, MonIndicator> indicatorsOf(List<ProgressReported> read) {
        List<Long> ids =
                read.stream().map(ProgressReported::indicatorId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return MonIndicator.<MonIndicator>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(indicator -> indicator.id, indicator -> indicator));
    }

    @Override
    public void apply(List<Checked.Item<ProgressReport>> fresh) {
        List<ProgressReport> reports = fresh.stream().map(Checked.Item::data).toList();
        rows.insert(reports);
        // The last report of each project in consumption order is the one its new state follows from.
        Map<Long, Reason> causes = new LinkedHashMap<>();
        for (ProgressReport report : reports) {
            causes.put(report.projectId, new Reason(Cause.REPORT, report.id, report.asOf));
        }
        reevaluation.after(causes);
    }

    private ProgressReported read(Consumed consumed) {
        String type = consumed.event().eventType();
        if (!EventTypes.PROGRESS_REPORTED.equals(type)) {
            throw new PoisonMessageException("unknown event type " + type + " on " + Topics.PROGRESS_EVENTS);
        }
        ProgressReported reported = data.read(consumed.event().data(), ProgressReported.class);
        if (reported.asOf() == null
                || reported.value() == null
                || reported.value().isBlank()) {
            throw new PoisonMessageException("ProgressReported lacks asOf or value");
        }
        return reported;
    }

    private static ProgressReport report(Consumed consumed, ProgressReported reported, long projectId) {
        ProgressReport report = new ProgressReport();
        report.id = consumed.event().eventId();
        report.indicatorId = reported.indicatorId();
        report.projectId = projectId;
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
        report.reportedAt = reportedAt(reported, consumed);
        return report;
    }

    /**
     * A report without its own time stamp gets the event's: consuming the same event again (a rebuild from offset 0)
     * must store the same row. Only an envelope without occurredAt falls back to the time of consumption.
     */
    private static Instant reportedAt(ProgressReported reported, Consumed consumed) {
        if (reported.reportedAt() != null) {
            return reported.reportedAt();
        }
        Instant occurredAt = consumed.event().occurredAt();
        return occurredAt != null ? occurredAt : Instant.now();
    }
}
