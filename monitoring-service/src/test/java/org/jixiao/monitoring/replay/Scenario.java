package org.jixiao.monitoring.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.events.Budget;
import org.jixiao.events.BudgetExecutionRecorded;
import org.jixiao.events.EventEnvelope;
import org.jixiao.events.EventTypes;
import org.jixiao.events.IndicatorDefined;
import org.jixiao.events.ProgressReported;
import org.jixiao.events.ProjectRegistered;
import org.jixiao.events.Topics;
import org.jixiao.targets.TargetValueParser;

/**
 * The events of a year in miniature, deterministic: projects of a few units, each with targets of five kinds (a
 * cumulative count, two rates, a duration cap, a qualitative goal) and a budget execution, then progress reports on
 * them as project-service, indicator-service and other systems would write them: some with likelihood, deviation,
 * forecast or a correction of the previous report, some without a time stamp of their own.
 */
final class Scenario {
    /**
     * The budget's calendar for these runs (jixiao.time-zone): one where it is about noon now, so that no run sees
     * the date change half way (every status is evaluated as of today).
     */
    static final ZoneId ZONE = noonNow();

    static final LocalDate TODAY = LocalDate.now(ZONE);
    static final int PROJECTS = 200;
    static final int REPORTS = 10_000;

    /** level1, level2, target: one indicator of each kind per project. */
    private static final List<List<String>> TARGETS = List.of(
            List.of("产出指标", "数量指标", "≥1000台"),
            List.of("产出指标", "质量指标", "≥90%"),
            List.of("产出指标", "时效指标", "≤4小时"),
            List.of("效益指标", "社会效益指标", "显著提高"),
            List.of("满意度指标", "服务对象满意度指标", "≥95%"));

    private static final long FIRST_PROJECT = 7_100_000;
    /** After every report's date (the latest is two days ago): no report is published before the day it is about. */
    private static final Instant REPORTED_FROM =
            TODAY.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One record to write: the envelope's id is also sent as a header, as the services' producers do. */
    record Event(String topic, String key, UUID id, String type, String value) {}

    final List<Event> readModel = new ArrayList<>();
    final List<Event> reports = new ArrayList<>();

    Scenario() {
        for (int p = 0; p < PROJECTS; p++) {
            long projectId = FIRST_PROJECT + p;
            String unit = unitOf(p);
            readModel.add(event(
                    Topics.PROJECT_EVENTS,
                    projectId,
                    EventTypes.PROJECT_REGISTERED,
                    REPORTED_FROM,
                    new ProjectRegistered(
                            projectId,
                            unit,
                            TODAY.getYear(),
                            "重放项目" + p,
                            new Budget(new BigDecimal("100.00"), new BigDecimal("100.00"), BigDecimal.ZERO),
                            "用途",
                            List.of("目标"),
                            TODAY.minusDays(99),
                            TODAY.plusDays(100),
                            1)));
            readModel.add(event(
                    Topics.PROJECT_EVENTS,
                    projectId,
                    EventTypes.BUDGET_EXECUTION_RECORDED,
                    REPORTED_FROM,
                    new BudgetExecutionRecorded(
                            projectId, unit, TODAY.minusDays(10), new BigDecimal(20 + p % 40).setScale(2))));
            for (int k = 0; k < TARGETS.size(); k++) {
                List<String> t = TARGETS.get(k);
                readModel.add(event(
                        Topics.INDICATOR_EVENTS,
                        projectId,
                        EventTypes.INDICATOR_DEFINED,
                        REPORTED_FROM,
                        new IndicatorDefined(
                                indicatorId(p, k),
                                projectId,
                                unit,
                                t.get(0),
                                t.get(1),
                                "指标" + k,
                                "描述",
                                TargetValueParser.parse(t.get(2), t.get(1)),
                                null,
                                List.of(),
                                1)));
            }
        }
        Map<Long, UUID> previous = new HashMap<>();
        for (int i = 0; i < REPORTS; i++) {
            reports.add(report(i, previous));
        }
    }

    private static ZoneId noonNow() {
        int offset = 12 - LocalTime.now(ZoneOffset.UTC).getHour();
        return ZoneOffset.ofHours(offset);
    }

    static long projectId(int p) {
        return FIRST_PROJECT + p;
    }

    static long indicatorId(int p, int k) {
        return (FIRST_PROJECT + p) * 10 + k;
    }

    static int indicatorCount() {
        return PROJECTS * TARGETS.size();
    }

    /** The scenario's four units: its reports are an outside system's, written to the topic for these units. */
    static final List<String> UNITS = List.of("R99000", "R99001", "R99002", "R99003");

    private static String unitOf(int p) {
        return UNITS.get(p % UNITS.size());
    }

    /**
     * Report {@code i}: project i mod 200, its indicator (i / 200) mod 5, the n-th (of 10) report on that indicator.
     * Many projects with few reports each: every report re-evaluates its whole project, as in real use.
     */
    private Event report(int i, Map<Long, UUID> previous) {
        int p = i % PROJECTS;
        int k = (i / PROJECTS) % TARGETS.size();
        int n = i / (PROJECTS * TARGETS.size());
        long indicator = indicatorId(p, k);
        LocalDate asOf = TODAY.minusDays(20 - 2L * n);
        Instant at = REPORTED_FROM.plusSeconds(i);
        UUID corrects = i % 17 == 0 ? previous.get(indicator) : null;
        ProgressReported data = new ProgressReported(
                indicator,
                projectId(p),
                unitOf(p),
                asOf,
                value(p, k, n / 5),
                null,
                i % 50 == 0 ? "IMPOSSIBLE" : i % 7 == 0 ? "LIKELY" : null,
                i % 11 == 0 ? new ProgressReported.Deviation("FUNDING", "经费未到位") : null,
                i % 11 == 0 ? "追加预算" : null,
                k == 0 && i % 13 == 0 ? "950台" : null,
                corrects,
                "replay",
                // Other systems writing to the topic may leave the time stamp out: the envelope's then counts.
                i % 10 == 0 ? null : at);
        Event event = event(Topics.PROGRESS_EVENTS, projectId(p), EventTypes.PROGRESS_REPORTED, at, data);
        previous.put(indicator, event.id());
        return event;
    }

    /**
     * Values lie in different status bands of their target; each indicator's changes once, half way through its
     * reports (likelihoods and corrections change statuses too).
     */
    private static String value(int p, int k, int n) {
        return switch (k) {
            case 0 -> (200 + (p * 7 + n * 13) % 60 * 10) + "台";
            case 1 -> (50 + (p * 3 + n * 7) % 50) + "%";
            case 2 -> (2 + (p + n) % 5) + "小时";
            case 3 -> List.of("ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED").get((p + n) % 3);
            default -> (80 + (p * 5 + n * 3) % 20) + "%";
        };
    }

    private static Event event(String topic, long projectId, String type, Instant occurredAt, Object data) {
        EventEnvelope<Object> envelope = new EventEnvelope<>(UUID.randomUUID(), type, 1, occurredAt, "replay", data);
        try {
            return new Event(
                    topic, Long.toString(projectId), envelope.eventId(), type, JSON.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project (as text) whose key the report was written with. */
    String projectOfReport(UUID reportId) {
        return reports.stream()
                .filter(e -> e.id().equals(reportId))
                .map(Event::key)
                .findFirst()
                .orElse("not a report of the scenario");
    }

    List<UUID> reportIds() {
        return reports.stream().map(Event::id).toList();
    }

    List<UUID> allIds() {
        List<UUID> ids = new ArrayList<>(readModel.stream().map(Event::id).toList());
        ids.addAll(reportIds());
        return ids;
    }
}
