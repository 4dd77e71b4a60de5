package org.jixiao.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;

/** Projects and indicators announced on their topics the way project- and indicator-service do. */
public final class Announcements {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Announcements() {}

    /** A project of this fiscal year whose 200-day period is exactly half over today (day 100 of 200). */
    public static void project(long projectId, String unitCode, String name) {
        project(EventTypes.PROJECT_REGISTERED, projectId, unitCode, name, TODAY.minusDays(99), TODAY.plusDays(100), 1);
    }

    /** A project of this fiscal year as {@code eventType} (registered or updated) announces it, with this period and version. */
    public static void project(
            String eventType,
            long projectId,
            String unitCode,
            String name,
            LocalDate periodStart,
            LocalDate periodEnd,
            int version) {
        String project = """
                {"projectId":%d,"unitCode":"%s","fiscalYear":%d,"name":"%s",
                 "budget":{"total":100,"fiscal":100,"other":0},"purpose":"p","goals":[],
                 "periodStart":"%s","periodEnd":"%s","version":%d}
                """.formatted(projectId, unitCode, TODAY.getYear(), name, periodStart, periodEnd, version);
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(),
                Topics.PROJECT_EVENTS,
                Long.toString(projectId),
                TopicWriter.envelope(eventType, project));
    }

    /** An indicator named after its id, with the target as the event carries it (JSON). */
    public static void indicator(
            long indicatorId, long projectId, String unitCode, String level1, String level2, String targetJson) {
        String indicator = """
                {"indicatorId":%d,"projectId":%d,"unitCode":"%s","level1":"%s","level2":"%s","name":"指标%d",
                 "description":"d","target":%s,"weight":null,"milestones":[],"revision":1}
                """.formatted(indicatorId, projectId, unitCode, level1, level2, indicatorId, targetJson);
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(),
                Topics.INDICATOR_EVENTS,
                Long.toString(projectId),
                TopicWriter.envelope("IndicatorDefined", indicator));
    }
}
