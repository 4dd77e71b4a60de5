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
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * A posted report is checked against its indicator's target as the read model holds it when the report arrives: the
 * intake remembers parsed targets between posts, and a revision consumed in between must be the one applied.
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

        post(indicatorId, "3小时").statusCode(202);
        post(indicatorId, "9台").statusCode(422).body(containsString("value"));
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
        return given().contentType(ContentType.JSON)
                .body(ProgressAndStatusIT.report(indicatorId, ProgressAndStatusIT.TODAY, value))
                .post("/api/progress")
                .then();
    }
}
