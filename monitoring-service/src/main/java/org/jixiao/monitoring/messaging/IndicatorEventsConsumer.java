package org.jixiao.monitoring.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jixiao.events.Cause;
import org.jixiao.events.EventTypes;
import org.jixiao.events.IndicatorDefined;
import org.jixiao.events.Topics;
import org.jixiao.kit.inbox.PoisonMessageException;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ReadModelRows;
import org.jixiao.monitoring.status.PendingRefreshes;

/**
 * Keeps monitoring's copy of the targets, a polled batch at a time (an import announces thousands at once); an older
 * revision never overwrites a newer one. Each touched project is marked once for the deferred re-evaluation.
 */
@ApplicationScoped
public class IndicatorEventsConsumer implements BatchHandler<IndicatorDefined> {
    private final BatchIntake intake;
    private final PendingRefreshes refreshes;
    private final ReadModelRows readModel;
    private final ZoneId zone;

    IndicatorEventsConsumer(BatchIntake intake, PendingRefreshes refreshes, ReadModelRows readModel, Clock clock) {
        this.intake = intake;
        this.refreshes = refreshes;
        this.readModel = readModel;
        this.zone = clock.getZone();
    }

    @Incoming("indicator-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.process(Topics.INDICATOR_EVENTS, records, this);
    }

    @Override
    public Map<String, Class<?>> dataTypes() {
        return Map.of(EventTypes.INDICATOR_DEFINED, IndicatorDefined.class);
    }

    /** Other event types carry nothing monitoring needs: recorded as processed (null data), nothing else. */
    @Override
    public Checked<IndicatorDefined> check(List<Consumed> batch) {
        Checked<IndicatorDefined> checked = new Checked<>();
        AnnouncementChecks announcements = AnnouncementChecks.forIndicators(
                readModel,
                batch.stream()
                        .filter(c ->
                                EventTypes.INDICATOR_DEFINED.equals(c.event().eventType()))
                        .map(c -> ((IndicatorDefined) c.event().data()).indicatorId())
                        .distinct()
                        .toList());
        for (Consumed consumed : batch) {
            if (!EventTypes.INDICATOR_DEFINED.equals(consumed.event().eventType())) {
                checked.accept(consumed, null);
                continue;
            }
            try {
                IndicatorDefined defined = (IndicatorDefined) consumed.event().data();
                if (defined.target() == null || defined.unitCode() == null || defined.level1() == null) {
                    throw new PoisonMessageException("IndicatorDefined lacks target, unitCode or levels");
                }
                Optional<String> refused = announcements.refusal(defined);
                if (refused.isPresent()) {
                    throw new PoisonMessageException(refused.get());
                }
                checked.accept(consumed, defined);
            } catch (PoisonMessageException e) {
                checked.reject(consumed, e.getMessage());
            }
        }
        return checked;
    }

    @Override
    public void apply(List<Checked.Item<IndicatorDefined>> fresh) {
        List<Checked.Item<IndicatorDefined>> definitions =
                fresh.stream().filter(item -> item.data() != null).toList();
        if (definitions.isEmpty()) {
            return;
        }
        Map<Long, MonIndicator> known = new HashMap<>();
        MonIndicator.<MonIndicator>list(
                        "id in ?1",
                        definitions.stream()
                                .map(item -> item.data().indicatorId())
                                .distinct()
                                .toList())
                .forEach(i -> known.put(i.id, i));
        Map<Long, UUID> touched = new TreeMap<>();
        for (Checked.Item<IndicatorDefined> item : definitions) {
            IndicatorDefined defined = item.data();
            MonIndicator indicator = known.get(defined.indicatorId());
            LocalDate publishedOn = item.consumed().publishedOn(zone);
            if (indicator != null && indicator.revision > defined.revision()) {
                indicator.definedOn = earlier(indicator.definedOn, publishedOn);
                continue;
            }
            boolean created = indicator == null;
            if (created) {
                indicator = new MonIndicator();
                indicator.id = defined.indicatorId();
                known.put(indicator.id, indicator);
            }
            indicator.projectId = defined.projectId();
            indicator.unitCode = defined.unitCode();
            indicator.level1 = defined.level1();
            indicator.level2 = defined.level2();
            indicator.name = defined.name();
            indicator.target = defined.target();
            indicator.weight = defined.weight();
            indicator.milestones =
                    defined.milestones() == null ? new ArrayList<>() : new ArrayList<>(defined.milestones());
            indicator.revision = defined.revision();
            indicator.definedOn = created ? publishedOn : earlier(indicator.definedOn, publishedOn);
            if (created) {
                indicator.persist();
            }
            // The first definition of a burst is the cause its project's status events name.
            touched.putIfAbsent(defined.projectId(), item.consumed().event().eventId());
        }
        touched.forEach((projectId, eventId) -> refreshes.request(projectId, Cause.TARGET_DEFINED, eventId));
    }

    /** An indicator is defined on the day of its first revision, whichever order the revisions arrive in. */
    private static LocalDate earlier(LocalDate known, LocalDate other) {
        if (known == null || other == null) {
            return known == null ? other : known;
        }
        return other.isBefore(known) ? other : known;
    }
}
