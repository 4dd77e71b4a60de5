package org.jixiao.monitoring.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.Cause;
import org.jixiao.events.EventTypes;
import org.jixiao.events.ProgressReported;
import org.jixiao.events.ScoreAssessed;
import org.jixiao.events.StatusChanged.Reason;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.kit.problem.Violations;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.monitoring.readmodel.ReadModelRows;
import org.jixiao.monitoring.readmodel.ReportRow;
import org.jixiao.monitoring.readmodel.ReportRows;
import org.jixiao.monitoring.rules.AssessmentChecks;
import org.jixiao.monitoring.rules.ReportTexts;
import org.jixiao.monitoring.trust.IntakeSignature;
import org.jixiao.monitoring.trust.OutsideReporters;

/**
 * Stores the progress reports of a polled batch (each report's id is its event id, so its row is its own log of
 * processed events and a redelivery is a no-op) and the admins' score assessments, and re-evaluates every project they
 * touch once. Reports may also come from an outside system writing to the topic directly (one without the intake's
 * signature): it is held to the units configured for outside reporters and may not assess. Any report naming an
 * unknown indicator, or with a value REST would refuse (a wrong unit family, no unit), is poison; so is an assessment
 * REST would refuse outright.
 */
@ApplicationScoped
public class ProgressEventsConsumer implements BatchHandler<ProgressFact> {
    private final BatchIntake intake;
    private final ReportRows rows;
    private final ReadModelRows readModel;
    private final Reevaluation reevaluation;
    private final ZoneId zone;
    private final IntakeSignature signature;
    private final OutsideReporters outside;

    ProgressEventsConsumer(
            BatchIntake intake,
            ReportRows rows,
            ReadModelRows readModel,
            Reevaluation reevaluation,
            Clock clock,
            IntakeSignature signature,
            OutsideReporters outside) {
        this.intake = intake;
        this.signature = signature;
        this.outside = outside;
        this.rows = rows;
        this.readModel = readModel;
        this.reevaluation = reevaluation;
        this.zone = clock.getZone();
    }

    @Incoming("progress-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.process(Topics.PROGRESS_EVENTS, records, this);
    }

    @Override
    public Map<String, Class<?>> dataTypes() {
        return Map.of(
                EventTypes.PROGRESS_REPORTED, ProgressReported.class, EventTypes.SCORE_ASSESSED, ScoreAssessed.class);
    }

    @Override
    public Checked<ProgressFact> check(List<Consumed> batch) {
        Checked<ProgressFact> checked = new Checked<>();
        List<Consumed> readable = new ArrayList<>(batch.size());
        List<Object> read = new ArrayList<>(batch.size());
        for (Consumed consumed : batch) {
            try {
                read.add(read(consumed));
                readable.add(consumed);
            } catch (PoisonMessageException e) {
                checked.reject(consumed, e.getMessage());
            }
        }
        Map<Long, MonIndicator> indicators = readModel.indicators(indicatorIds(read));
        Map<Long, MonProject> projects = readModel.projects(TopicReportChecks.projectIds(indicators.values()));
        Set<UUID> corrected = TopicReportChecks.corrected(read);
        Map<UUID, Long> correctable = readModel.indicatorsOfReports(corrected);
        for (int i = 0; i < readable.size(); i++) {
            Consumed consumed = readable.get(i);
            Object event = read.get(i);
            MonIndicator indicator = indicators.get(indicatorIdOf(event));
            MonProject project = indicator == null ? null : projects.get(indicator.projectId);
            Optional<String> untrusted =
                    signature.signedByIntake(consumed.record()) ? Optional.empty() : outsideRefusal(event, project);
            if (indicator == null) {
                checked.reject(consumed, "indicator " + indicatorIdOf(event) + " is not known");
            } else if (untrusted.isPresent()) {
                checked.reject(consumed, untrusted.get());
            } else if (event instanceof ProgressReported reported) {
                // The same checks as REST and batch files: a report written to the topic gets no pass.
                Optional<String> refused = TopicReportChecks.refusal(
                        reported, indicator, project, consumed.publishedOn(zone), correctable);
                if (refused.isPresent()) {
                    checked.reject(consumed, refused.get());
                } else {
                    ReportRow report = report(consumed, reported, indicator.projectId);
                    if (corrected.contains(report.id())) {
                        correctable.put(report.id(), indicator.id); // a later report of the batch corrects it
                    }
                    checked.accept(consumed, new ProgressFact.Reported(report));
                }
            } else {
                ScoreAssessed assessment = (ScoreAssessed) event;
                Optional<String> refused = AssessmentChecks.refusal(assessment.share(), assessment.reason())
                        .map(violation -> violation.field() + ": " + violation.message());
                if (refused.isPresent()) {
                    checked.reject(consumed, refused.get());
                } else {
                    checked.accept(
                            consumed,
                            new ProgressFact.Assessed(
                                    assessment, indicator, consumed.event().eventId(), occurredAt(consumed)));
                }
            }
        }
        return checked;
    }

    /** What an outside system may not do on the topic: assess, or report for a unit not configured for it. */
    private Optional<String> outsideRefusal(Object event, MonProject project) {
        if (!(event instanceof ProgressReported)) {
            return Optional.of("a score assessment is accepted only through the API, not written to the topic");
        }
        return project == null ? Optional.empty() : outside.refusal(project.unitCode);
    }

    private static long indicatorIdOf(Object event) {
        return event instanceof ProgressReported reported
                ? reported.indicatorId()
                : ((ScoreAssessed) event).indicatorId();
    }

    /** The indicators the batch names, each once. */
    private static Set<Long> indicatorIds(List<Object> read) {
        Set<Long> ids = new HashSet<>();
        for (Object event : read) {
            ids.add(indicatorIdOf(event));
        }
        return ids;
    }

    @Override
    public void apply(List<Checked.Item<ProgressFact>> fresh) {
        List<ReportRow> reports = fresh.stream()
                .map(Checked.Item::data)
                .filter(ProgressFact.Reported.class::isInstance)
                .map(reported -> ((ProgressFact.Reported) reported).report())
                .toList();
        // A report's id is its event id: the ones stored before (a batch consumed again) are skipped here.
        Set<UUID> stored = rows.insertNew(reports);
        // The last fact of each project in consumption order is the one its new state follows from.
        Map<Long, Reason> causes = new LinkedHashMap<>();
        for (Checked.Item<ProgressFact> item : fresh) {
            if (item.data() instanceof ProgressFact.Reported reported) {
                if (stored.contains(reported.report().id())) {
                    causes.put(
                            reported.projectId(),
                            new Reason(
                                    Cause.REPORT,
                                    reported.report().id(),
                                    reported.report().asOf()));
                }
            } else if (item.data() instanceof ProgressFact.Assessed assessed) {
                assess(assessed);
                causes.put(
                        assessed.projectId(),
                        new Reason(Cause.SCORE_ASSESSED, assessed.eventId(), LocalDate.ofInstant(assessed.at(), zone)));
            }
        }
        reevaluation.after(causes);
    }

    /** A report is logged by its own row ({@code progress_report.id} is its event id), not in processed_event. */
    @Override
    public boolean loggedAsProcessed(ProgressFact fact) {
        return !(fact instanceof ProgressFact.Reported);
    }

    /**
     * The latest assessment of an indicator replaces the one before; a withdrawal (no share) clears it. The checks
     * read a detached copy; the change goes to the managed entity, which the re-evaluation's flush writes.
     */
    private static void assess(ProgressFact.Assessed assessed) {
        MonIndicator indicator = MonIndicator.findById(assessed.indicator().id);
        ScoreAssessed assessment = assessed.assessment();
        boolean withdrawn = assessment.share() == null;
        indicator.assessedShare = assessment.share();
        indicator.assessmentReason = withdrawn ? null : assessment.reason().strip();
        indicator.assessedBy = withdrawn ? null : assessment.assessedBy();
        indicator.assessedAt = withdrawn ? null : assessed.at();
    }

    private Object read(Consumed consumed) {
        String type = consumed.event().eventType();
        if (EventTypes.SCORE_ASSESSED.equals(type)) {
            return consumed.event().data();
        }
        if (!EventTypes.PROGRESS_REPORTED.equals(type)) {
            throw new PoisonMessageException("unknown event type " + type + " on " + Topics.PROGRESS_EVENTS);
        }
        ProgressReported reported = (ProgressReported) consumed.event().data();
        if (reported.asOf() == null
                || reported.value() == null
                || reported.value().isBlank()) {
            throw new PoisonMessageException("ProgressReported lacks asOf or value");
        }
        Violations overLong = new Violations();
        ReportTexts.check(
                overLong,
                reported.value(),
                reported.forecast(),
                reported.reporter(),
                reported.likelihood(),
                reported.correctiveAction(),
                reported.deviation() == null ? null : reported.deviation().category(),
                reported.deviation() == null ? null : reported.deviation().reason());
        PoisonMessageException.throwIfAny(overLong);
        return reported;
    }

    private static ReportRow report(Consumed consumed, ProgressReported reported, long projectId) {
        ProgressReported.Deviation deviation = reported.deviation();
        return new ReportRow(
                consumed.event().eventId(),
                reported.indicatorId(),
                projectId,
                reported.asOf(),
                reported.value().strip(),
                reported.numericValue(),
                reported.likelihood(),
                deviation == null ? null : deviation.category(),
                deviation == null ? null : deviation.reason(),
                reported.correctiveAction(),
                reported.forecast(),
                reported.corrects(),
                reported.reporter(),
                reportedAt(reported, consumed));
    }

    /**
     * A report without its own time stamp gets the event's: consuming the same event again (a rebuild from offset 0)
     * must store the same row. Only an envelope without occurredAt falls back to the time of consumption.
     */
    private static Instant reportedAt(ProgressReported reported, Consumed consumed) {
        return reported.reportedAt() != null ? reported.reportedAt() : occurredAt(consumed);
    }

    private static Instant occurredAt(Consumed consumed) {
        Instant occurredAt = consumed.event().occurredAt();
        return occurredAt != null ? occurredAt : Instant.now();
    }
}
