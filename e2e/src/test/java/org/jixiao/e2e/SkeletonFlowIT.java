package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton through the gateway only: unit → project → indicator → progress → status, asserting the HTTP
 * answers and the events on the real topics, and the seed tables imported by the launcher. Runs first: it expects the
 * seed projects as the launcher left them.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkeletonFlowIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static RunningSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = SharedSystem.get();
        RestAssured.baseURI = system.gateway();
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + system.token(system.adminKey))
                .build();
    }

    @AfterAll
    static void resetClient() {
        RestAssured.reset();
    }

    @Test
    @Order(1)
    void gatewayIsHealthyAndListsTheSeedProjects() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("unitCode", "573301")
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
        given().queryParam("unitCode", "302101")
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    @Order(2)
    void progressOnATargetBecomesAStatusOnTheApiAndOnTheTopic() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"990001\",\"name\":\"端到端测试单位\"}")
                .post("/api/units")
                .then()
                .statusCode(201);
        // A period of 200 days of which today is day 100: time progress 0.5, so ≥17台 expects 8.5 by today.
        String project = """
                {"unitCode":"990001","fiscalYear":%d,"name":"端到端项目","budget":{"total":20,"fiscal":20,"other":0},
                 "purpose":"测试","goals":["走通全流程"],"periodStart":"%s","periodEnd":"%s"}""".formatted(TODAY.getYear(), TODAY.minusDays(99), TODAY.plusDays(100));
        long projectId = given().contentType(ContentType.JSON)
                .body(project)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("id");

        String indicator = """
                {"projectId":%d,"level1":"产出指标","level2":"数量指标","name":"硬件采购（维护）数量",
                 "description":"硬件采购（维护）数量","target":"≥17台"}""".formatted(projectId);
        long indicatorId = Retries.whileUnknown(() ->
                        given().contentType(ContentType.JSON).body(indicator).post("/api/indicators"))
                .then()
                .statusCode(201)
                .body("target.kind", equalTo("QUANTITY"))
                .extract()
                .jsonPath()
                .getLong("id");

        String progress = """
                {"indicatorId":%d,"asOf":"%s","value":"9台"}""".formatted(indicatorId, TODAY);
        String eventId = Retries.whileUnknown(() ->
                        given().contentType(ContentType.JSON).body(progress).post("/api/progress"))
                .then()
                .statusCode(202)
                .body("eventId", notNullValue())
                .extract()
                .path("eventId");

        Await.until(
                () -> "ON_TRACK"
                        .equals(given().get("/api/status/indicators/" + indicatorId)
                                .path("status")),
                Duration.ofSeconds(30),
                "indicator status computed");
        given().get("/api/status/indicators/" + indicatorId)
                .then()
                .statusCode(200)
                .body("actual", equalTo(9))
                .body("expected", equalTo(8.5f))
                .body("ratio", equalTo(1.0588f));
        given().get("/api/status/projects/" + projectId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("indicators.size()", equalTo(1));

        try (TopicReader projects = new TopicReader(system.kafka(), "project-events");
                TopicReader indicators = new TopicReader(system.kafka(), "indicator-events");
                TopicReader reports = new TopicReader(system.kafka(), "progress-events");
                TopicReader statuses = new TopicReader(system.kafka(), "status-events")) {
            projects.await(r -> r.key().equals("unit:990001"), Duration.ofSeconds(10));
            JsonNode registered = TopicReader.json(
                    projects.await(r -> r.key().equals(Long.toString(projectId)), Duration.ofSeconds(10)));
            assertThat(registered.get("eventType").asText()).isEqualTo("ProjectRegistered");
            JsonNode defined = TopicReader.json(
                    indicators.await(r -> r.key().equals(Long.toString(projectId)), Duration.ofSeconds(10)));
            assertThat(defined.at("/data/target/raw").asText()).isEqualTo("≥17台");
            JsonNode reported = TopicReader.json(
                    reports.await(r -> r.key().equals(Long.toString(projectId)), Duration.ofSeconds(10)));
            assertThat(reported.get("eventId").asText()).isEqualTo(eventId);
            assertThat(reported.at("/data/value").asText()).isEqualTo("9台");
            ConsumerRecord<String, String> status = statuses.await(
                    r -> r.key().equals("indicator:" + indicatorId)
                            && TopicReader.json(r)
                                    .at("/data/cause/reportId")
                                    .asText()
                                    .equals(eventId),
                    Duration.ofSeconds(10));
            assertThat(TopicReader.json(status).at("/data/current/status").asText())
                    .isEqualTo("ON_TRACK");
            statuses.await(r -> r.key().equals("project:" + projectId), Duration.ofSeconds(10));
        }
    }

    @Test
    @Order(3)
    void badInputThroughTheGatewayGetsProblemDetails() {
        given().contentType(ContentType.JSON)
                .body("{oops")
                .post("/api/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/projects/99999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void seedTablesImportedByTheLauncherMatchThePublishedTablesRowByRow() throws Exception {
        SeedTables.assertImported();
    }

    @Test
    @Order(5)
    void importingTheSameTablesAgainChangesNothing() throws Exception {
        SeedTables.assertReimportChangesNothing();
    }

    @Test
    @Order(6)
    void theSameTablesAsWordDocumentOrSpreadsheetImportToTheIdenticalState() throws Exception {
        SeedTables.assertDocxImportsToTheSameState();
    }

    @Test
    @Order(7)
    void aBrokenTableStoresNothingAndNamesTheRowAndReason() throws Exception {
        SeedTables.assertBrokenTableRejected();
    }
}
