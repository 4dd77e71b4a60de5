package org.jixiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.jixiao.events.Topics;
import org.jixiao.indicator.projects.KnownProject;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * Announcements on {@code project-events} written with project-service's own login, the one allowed to write there
 * (docs/security.md, "Kafka"), with what the API would refuse: dead-lettered with the field named, never learned.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class ForgedProjectEventsIT {

    @Test
    void aProjectWithAnOverLongNameOrABackwardsPeriodIsDeadLetteredAndNotLearned() {
        long longName = 880_000_000L + System.nanoTime() % 1_000_000;
        long backwards = longName + 1;
        UUID first = forge(longName, "名".repeat(201), "2025-01-01", "2025-12-31");
        UUID second = forge(backwards, "项目", "2025-12-31", "2025-01-01");

        assertThat(reason(first)).contains("name: must be at most 200 characters");
        assertThat(reason(second)).contains("periodEnd: must not be before periodStart");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> KnownProject.count("id in ?1", java.util.List.of(longName, backwards))))
                .isZero();
    }

    private static UUID forge(long projectId, String name, String start, String end) {
        UUID eventId = UUID.randomUUID();
        TopicWriter.send(
                PostgresKafkaResource.kafkaClientAs("project-service"),
                Topics.PROJECT_EVENTS,
                Long.toString(projectId),
                TopicWriter.envelope(eventId, "ProjectRegistered", """
                        {"projectId":%d,"unitCode":"573301","fiscalYear":2025,"name":"%s",
                         "budget":{"total":11,"fiscal":11,"other":0},"purpose":"p","goals":[],
                         "periodStart":"%s","periodEnd":"%s","version":1}""".formatted(projectId, name, start, end)));
        return eventId;
    }

    private static String reason(UUID eventId) {
        return TopicReader.deadLetterReason(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS, eventId);
    }
}
