package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.MonProject;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * A posted report is checked against its indicator's target as the read model holds it when the report arrives: the
 * intake keeps targets in memory between posts, and a revision consumed in between must be the one applied once
 * PostgreSQL has told of it.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class RevisedTargetIT {
    private static final String HOURS = """
            {"raw":"≤4小时","comparator":"LE","value":4,"unit":"小时","unitFamily":"TIME","kind":"DURATION",
             "direction":"LOWER_BETTER","accumulation":"LEVEL","deadline":null}""";

    @Test
    void aPostIsCheckedAgainstTheLatestRevisionOfItsTarget() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        long indicatorId = ids[1];
        post(indicatorId, "9台").statusCode(202);
        post(indicatorId, "3小时").statusCode(422).body(containsString("value"));

        reviseToHours(ids[0], indicatorId);

        // The checks keep the target in memory until PostgreSQL tells of the revision, a moment after its commit.
        Await.until(
                () -> post(indicatorId, "3小时").extract().statusCode() == 202,
                Duration.ofSeconds(5),
                "a report in hours accepted after the revision");
        post(indicatorId, "9台").statusCode(422).body(containsString("value"));
    }

    @Test
    void aPostIsCheckedAgainstTheLatestPeriodOfItsProject() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        LocalDate fiftyDaysAgo = ProgressAndStatusIT.TODAY.minusDays(50);
        post(ids[1], fiftyDaysAgo, "9台").statusCode(202);

        shortenPeriod(ids[0], ProgressAndStatusIT.TODAY.minusDays(10));

        Await.until(
                () -> post(ids[1], fiftyDaysAgo, "9台").extract().statusCode() == 422,
                Duration.ofSeconds(5),
                "a report before the new period start refused");
        post(ids[1], fiftyDaysAgo, "9台").statusCode(422).body(containsString("asOf"));
        post(ids[1], ProgressAndStatusIT.TODAY, "9台").statusCode(202);
    }

    private static void shortenPeriod(long projectId, LocalDate start) {
        Announcements.project(
                EventTypes.PROJECT_UPDATED,
                projectId,
                "573301",
                "监控项目" + projectId,
                start,
                ProgressAndStatusIT.TODAY.plusDays(100),
                2);
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    MonProject project = MonProject.findById(projectId);
                    return project.periodStart.equals(start);
                }),
                Duration.ofSeconds(30),
                "the new period of project " + projectId + " in the read model");
    }

    private static void reviseToHours(long projectId, long indicatorId) {
        String revised = """
                {"indicatorId":%d,"projectId":%d,"unitCode":"573301","level1":"产出指标","level2":"数量指标",
                 "name":"指标%d","description":"d","target":%s,"weight":null,"milestones":[],"revision":2}""".formatted(indicatorId, projectId, indicatorId, HOURS);
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(),
                Topics.INDICATOR_EVENTS,
                Long.toString(projectId),
                TopicWriter.envelope("IndicatorDefined", revised));
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    MonIndicator indicator = MonIndicator.findById(indicatorId);
                    return indicator != null && indicator.revision == 2;
                }),
                Duration.ofSeconds(30),
                "revision 2 of indicator " + indicatorId + " in the read model");
    }

    private static ValidatableResponse post(long indicatorId, String value) {
        return post(indicatorId, ProgressAndStatusIT.TODAY, value);
    }

    private static ValidatableResponse post(long indicatorId, LocalDate asOf, String value) {
        return given().contentType(ContentType.JSON)
                .body(ProgressAndStatusIT.report(indicatorId, asOf, value))
                .post("/api/progress")
                .then();
    }
}
