package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.project.execution.BudgetExecution;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "project"))
class BudgetExecutionApiIT {
    @Test
    void recordsBudgetExecutionForwardInTimeOnly() {
        long id = ProjectRequests.createProject("120002", "执行项目");
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2025-06-30", "spent", "5.5"))
                .post("/api/projects/" + id + "/budget-execution")
                .then()
                .statusCode(201)
                .body("executionRate", equalTo(0.5f));
        long executions = ProjectRequests.count(BudgetExecution.class);
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2025-03-31", "spent", "2"))
                .post("/api/projects/" + id + "/budget-execution")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("asOf"));
        for (String outside : List.of("2024-12-31", "2026-01-01", "2099-06-30")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("asOf", outside, "spent", "6"))
                    .post("/api/projects/" + id + "/budget-execution")
                    .then()
                    .statusCode(422)
                    .body("violations.field", everyItem(equalTo("asOf")))
                    .body("violations.message", hasItem("must lie in the project period 2025-01-01 … 2025-12-31"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2025-07-31", "spent", "-2"))
                .post("/api/projects/" + id + "/budget-execution")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("spent"));
        given().contentType(ContentType.JSON)
                .body(Map.of("asOf", "2025-07-31", "spent", "2"))
                .post("/api/projects/424242/budget-execution")
                .then()
                .statusCode(404);
        assertThat(ProjectRequests.count(BudgetExecution.class)).isEqualTo(executions);

        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS)) {
            ConsumerRecord<String, String> record = reader.await(
                    r -> r.key().equals(Long.toString(id))
                            && "BudgetExecutionRecorded".equals(TopicReader.header(r, EventHeaders.EVENT_TYPE)),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.json(record).at("/data/spent").decimalValue())
                    .isEqualByComparingTo("5.5");
        }
    }
}
