package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * Forged announcements from the principals allowed to write them (docs/security.md, "Kafka"): project-service's login
 * moving a project to another unit, indicator-service's moving an indicator to another project or unit. Each is
 * dead-lettered with its reason and changes nothing monitoring holds.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ForgedAnnouncementsIT {
    private static final String OTHER_UNIT = "110001";

    @Test
    void aProjectUpdatedThatMovesTheProjectToAnotherUnitIsDeadLettered() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        UUID moved = UUID.randomUUID();
        write(
                "project-service",
                Topics.PROJECT_EVENTS,
                ids[0],
                TopicWriter.envelope(
                        moved,
                        "ProjectUpdated",
                        project(
                                ids[0],
                                OTHER_UNIT,
                                ProgressAndStatusIT.TODAY.minusDays(99),
                                ProgressAndStatusIT.TODAY.plusDays(100))));
        UUID backwards = UUID.randomUUID();
        write(
                "project-service",
                Topics.PROJECT_EVENTS,
                ids[0],
                TopicWriter.envelope(
                        backwards,
                        "ProjectUpdated",
                        project(
                                ids[0],
                                "573301",
                                ProgressAndStatusIT.TODAY.plusDays(100),
                                ProgressAndStatusIT.TODAY.minusDays(99))));

        assertThat(reason(Topics.PROJECT_EVENTS, moved)).contains("a project never moves to another unit");
        assertThat(reason(Topics.PROJECT_EVENTS, backwards)).contains("periodEnd: must not be before periodStart");
        MonProject kept = QuarkusTransaction.requiringNew().call(() -> MonProject.findById(ids[0]));
        assertThat(kept.unitCode).isEqualTo("573301");
        assertThat(kept.periodEnd).isEqualTo(ProgressAndStatusIT.TODAY.plusDays(100));
    }

    @Test
    void anIndicatorDefinedThatMovesTheIndicatorIsDeadLettered() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        // Whether or not the other project is known: an indicator never moves.
        long otherProject = ids[0] + 7_000_000;
        UUID toOtherProject = UUID.randomUUID();
        write(
                "indicator-service",
                Topics.INDICATOR_EVENTS,
                otherProject,
                TopicWriter.envelope(toOtherProject, "IndicatorDefined", indicator(ids[1], otherProject, "573301")));
        UUID toOtherUnit = UUID.randomUUID();
        write(
                "indicator-service",
                Topics.INDICATOR_EVENTS,
                ids[0],
                TopicWriter.envelope(toOtherUnit, "IndicatorDefined", indicator(ids[1], ids[0], OTHER_UNIT)));

        UUID overLong = UUID.randomUUID();
        write(
                "indicator-service",
                Topics.INDICATOR_EVENTS,
                ids[0],
                TopicWriter.envelope(
                        overLong,
                        "IndicatorDefined",
                        indicator(ids[1], ids[0], "573301").replace("\"d\"", "\"" + "述".repeat(2_001) + "\"")));

        assertThat(reason(Topics.INDICATOR_EVENTS, overLong)).contains("description: must be at most 2000 characters");
        assertThat(reason(Topics.INDICATOR_EVENTS, toOtherProject))
                .contains("an indicator never moves to another project");
        assertThat(reason(Topics.INDICATOR_EVENTS, toOtherUnit)).contains("belongs to unit 573301");
        MonIndicator kept = QuarkusTransaction.requiringNew().call(() -> MonIndicator.findById(ids[1]));
        assertThat(kept.projectId).isEqualTo(ids[0]);
        assertThat(kept.unitCode).isEqualTo("573301");
        assertThat(kept.revision).isEqualTo(1);
    }

    private static String project(long id, String unit, java.time.LocalDate start, java.time.LocalDate end) {
        return """
                {"projectId":%d,"unitCode":"%s","fiscalYear":%d,"name":"监控项目%d",
                 "budget":{"total":100,"fiscal":100,"other":0},"purpose":"p","goals":[],
                 "periodStart":"%s","periodEnd":"%s","version":2}""".formatted(id, unit, start.getYear(), id, start, end);
    }

    private static String indicator(long indicatorId, long projectId, String unit) {
        return """
                {"indicatorId":%d,"projectId":%d,"unitCode":"%s","level1":"产出指标","level2":"数量指标",
                 "name":"指标%d","description":"d","target":%s,"weight":null,"milestones":[],"revision":2}""".formatted(indicatorId, projectId, unit, indicatorId, ProgressAndStatusIT.targetJson("≥17台"));
    }

    /** Written with the login of the service that owns the topic: the broker lets it through, the consumer must not. */
    private static void write(String principal, String topic, long projectId, String envelope) {
        TopicWriter.send(PostgresKafkaResource.kafkaClientAs(principal), topic, Long.toString(projectId), envelope);
    }

    private static String reason(String topic, UUID eventId) {
        return TopicReader.deadLetterReason(PostgresKafkaResource.kafkaClient(), topic, eventId);
    }
}
