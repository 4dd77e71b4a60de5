package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.OutboxEvent;
import org.jixiao.project.projects.Project;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "project"))
class ProjectApiIT {

    @Test
    void registersUnitAndProjectAndPublishesTheirEvents() throws InterruptedException {
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.unit("573301"))
                .post("/api/units")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.unit("573301"))
                .post("/api/units")
                .then()
                .statusCode(200);
        given().get("/api/units/573301").then().statusCode(200).body("name", equalTo("单位573301"));

        long id = given().contentType(ContentType.JSON)
                .body(ProjectRequests.project("573301", "2025年信息化运维项目", "11.00", "11.00", "null"))
                .post("/api/projects")
                .then()
                .statusCode(201)
                .header("Location", startsWith("/api/projects/"))
                .body("budget.total", equalTo(11.0f))
                .body("budget.other", equalTo(0.0f))
                .body(containsString("\"budget\":{\"total\":11.00,\"fiscal\":11.00,\"other\":0.00}"))
                .body("periodStart", equalTo("2025-01-01"))
                .body("periodEnd", equalTo("2025-12-31"))
                .body("goals[1]", equalTo("网络安全"))
                .body("version", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("id");

        given().get("/api/projects/" + id).then().statusCode(200).body("name", equalTo("2025年信息化运维项目"));
        given().queryParam("unitCode", "573301")
                .queryParam("fiscalYear", 2025)
                .queryParam("name", "运维")
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("page", equalTo(0))
                .body("size", equalTo(20));

        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS)) {
            ConsumerRecord<String, String> unitEvent =
                    reader.await(r -> r.key().equals("unit:573301"), Duration.ofSeconds(20));
            assertThat(TopicReader.header(unitEvent, EventHeaders.EVENT_TYPE)).isEqualTo("UnitRegistered");
            ConsumerRecord<String, String> projectEvent =
                    reader.await(r -> r.key().equals(Long.toString(id)), Duration.ofSeconds(20));
            JsonNode event = TopicReader.json(projectEvent);
            assertThat(event.get("eventType").asText()).isEqualTo("ProjectRegistered");
            assertThat(event.get("eventId").asText())
                    .isEqualTo(TopicReader.header(projectEvent, EventHeaders.EVENT_ID));
            assertThat(event.at("/data/budget/total").decimalValue()).isEqualByComparingTo("11.00");
            assertThat(event.at("/data/unitCode").asText()).isEqualTo("573301");
            // The relay marks what it sent, so it is not sent again; its transaction commits right after the send.
            String eventId = event.get("eventId").asText();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ProjectRequests.publishedAt(eventId) == null && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(ProjectRequests.publishedAt(eventId)).isNotNull();
        }
    }

    @Test
    void rejectsBadProjectsWithoutWritingAnything() {
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.unit("302101"))
                .post("/api/units")
                .then()
                .statusCode(201);
        long projects = ProjectRequests.count(Project.class);
        long outbox = ProjectRequests.count(OutboxEvent.class);

        given().contentType(ContentType.JSON)
                .body("{\"unitCode\": ")
                .post("/api/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.project("302101", "x", "50.00", "40.00", "5.00"))
                .post("/api/projects")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("budget"));
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.project("302101", "", "-1", "0.12345", "null"))
                .post("/api/projects")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("budget.total"))
                .body("violations.field", hasItem("budget.fiscal"));
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.project("999999", "y", "1", "1", "0"))
                .post("/api/projects")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("unitCode"));
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"302101\",\"fiscalYear\":\"abc\",\"name\":\"z\",\"budget\":{\"total\":1}}")
                .post("/api/projects")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("fiscalYear"));
        given().contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/projects")
                .then()
                .statusCode(415);
        given().get("/api/projects/987654").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/units/000000").then().statusCode(404);
        given().queryParam("size", 100000).get("/api/projects").then().statusCode(422);

        assertThat(ProjectRequests.count(Project.class)).isEqualTo(projects);
        assertThat(ProjectRequests.count(OutboxEvent.class)).isEqualTo(outbox);
    }

    @Test
    void rejectsDuplicateProjectsAndConflictingUnits() {
        ProjectRequests.createProject("110001", "重复项目");
        long outbox = ProjectRequests.count(OutboxEvent.class);
        given().contentType(ContentType.JSON)
                .body(ProjectRequests.project("110001", "重复项目", "11.00", "11.00", "0"))
                .post("/api/projects")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"110001\",\"name\":\"另一个名字\"}")
                .post("/api/units")
                .then()
                .statusCode(409);
        assertThat(ProjectRequests.count(OutboxEvent.class)).isEqualTo(outbox);
    }

    @Test
    void updatesAProjectOnlyAtTheVersionTheClientRead() {
        long id = ProjectRequests.createProject("130003", "待更新项目");
        given().get("/api/projects/" + id).then().statusCode(200).header("ETag", "\"1\"");
        String changed = ProjectRequests.project("130003", "已更新项目", "20.00", "15.00", "5.00");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(changed)
                .put("/api/projects/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("name", equalTo("已更新项目"))
                .body("budget.other", equalTo(5.0f));

        long outbox = ProjectRequests.count(OutboxEvent.class);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(changed)
                .put("/api/projects/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(changed)
                .put("/api/projects/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(ProjectRequests.project("999999", "已更新项目", "20.00", "15.00", "5.00"))
                .put("/api/projects/" + id)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("unitCode"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(changed)
                .put("/api/projects/987654")
                .then()
                .statusCode(404);
        assertThat(ProjectRequests.count(OutboxEvent.class)).isEqualTo(outbox);
        given().get("/api/projects/" + id).then().body("version", equalTo(2)).body("budget.total", equalTo(20.0f));

        try (TopicReader reader = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS)) {
            ConsumerRecord<String, String> updated = reader.await(
                    r -> r.key().equals(Long.toString(id))
                            && "ProjectUpdated".equals(TopicReader.header(r, EventHeaders.EVENT_TYPE)),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.json(updated).at("/data/version").asLong()).isEqualTo(2);
            assertThat(TopicReader.json(updated).at("/data/budget/fiscal").decimalValue())
                    .isEqualByComparingTo("15");
        }
    }
}
