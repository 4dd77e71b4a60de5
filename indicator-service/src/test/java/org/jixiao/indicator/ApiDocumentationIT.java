package org.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.testinfra.DocumentedExamples.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jixiao.events.Topics;
import org.jixiao.testinfra.DocumentedExamples;
import org.jixiao.testinfra.OpenApiContract;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.Test;

/** indicator-service's own OpenAPI document: every operation documented as the API promises. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class ApiDocumentationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDICATORS = "/api/projects/{projectId}/indicators";

    @Test
    void everyOperationHasASummaryItsErrorsAsProblemsAndAnExample() throws Exception {
        JsonNode document = OpenApiContract.document();
        assertThat(OpenApiContract.operations(document))
                .contains("POST /api/indicators", "POST /api/imports", "GET /api/imports/template.xlsx");
        OpenApiContract.assertComplete(document);
    }

    /**
     * Sends the documented indicator examples to a project this service knows and expects exactly the documented
     * answers, ids and times aside. The documented list of a project's indicators goes on after the request example
     * with further rows of its table: those are defined as the list shows them.
     */
    @Test
    void theIndicatorExamplesAreAcceptedAndAnsweredAsDocumented() throws Exception {
        DocumentedExamples docs = new DocumentedExamples(OpenApiContract.document());
        long projectId = IndicatorApiIT.knownProject();
        Map<String, Object> ignored = Map.of("id", 0, "projectId", projectId, "createdAt", "");

        ObjectNode request = docs.request("/api/indicators", "post");
        request.put("projectId", projectId);
        JsonNode defined = send(given().body(request.toString()), "post", "/api/indicators", 201);
        String indicator = "/api/indicators/" + defined.path("id").asLong();
        docs.assertAnswer("/api/indicators", "post", "201", defined, ignored);
        docs.assertAnswer("/api/indicators/{id}", "get", "200", send(given(), "get", indicator, 200), ignored);

        JsonNode rows = docs.answer(INDICATORS, "get", "200");
        for (int i = 1; i < rows.size(); i++) {
            send(given().body(requestOf(rows.get(i), projectId).toString()), "post", "/api/indicators", 201);
        }
        JsonNode list = send(given(), "get", "/api/projects/" + projectId + "/indicators", 200);
        docs.assertAnswer(INDICATORS, "get", "200", list, ignored);

        ObjectNode revision = docs.request("/api/indicators/{id}", "put");
        JsonNode revised = send(given().header("If-Match", "\"1\"").body(revision.toString()), "put", indicator, 200);
        docs.assertAnswer("/api/indicators/{id}", "put", "200", revised, ignored);
        JsonNode revisions = send(given(), "get", indicator + "/revisions", 200);
        docs.assertAnswer("/api/indicators/{id}/revisions", "get", "200", revisions, ignored);
    }

    /**
     * Imports the documented text file, answering the saga's command as project-service would, and expects the
     * documented summary and state; the import id is the file's hash, so it is the documented one.
     */
    @Test
    void theImportExampleIsImportedAsDocumented() throws Exception {
        DocumentedExamples docs = new DocumentedExamples(OpenApiContract.document());
        String file = docs.request("/api/imports", "post", "text/plain").asText();
        String importId =
                docs.answer("/api/imports", "post", "201").path("importId").asText();
        long projectId = 8_000_000_000L + System.currentTimeMillis() % 1_000_000;

        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() ->
                given().contentType("text/plain; charset=utf-8").body(file).post("/api/imports"));
        try (TopicReader commands = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_COMMANDS)) {
            JsonNode command = TopicReader.json(commands.await(
                            r -> TopicReader.json(r)
                                    .at("/data/importId")
                                    .asText()
                                    .equals(importId),
                            Duration.ofSeconds(30)))
                    .at("/data/projects/0");
            String resolved = """
                    {"importId":"%s","accepted":true,"errors":[],
                     "projects":[{"table":1,"projectId":%d,"unitCode":"%s","fiscalYear":%d,"name":"%s",
                                  "periodStart":"2025-01-01","periodEnd":"2025-12-31","outcome":"CREATED"}]}
                    """.formatted(
                            importId,
                            projectId,
                            command.path("unitCode").asText(),
                            command.path("fiscalYear").asInt(),
                            command.path("name").asText());
            TopicWriter.send(
                    PostgresKafkaResource.kafkaClient(),
                    Topics.PROJECT_EVENTS,
                    "import:" + importId,
                    TopicWriter.envelope("ImportProjectsResolved", resolved));
        }
        Response imported = answer.orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(201);
        Map<String, Object> ignored = Map.of("projectId", projectId);
        docs.assertAnswer("/api/imports", "post", "201", JSON.readTree(imported.asString()), ignored);
        JsonNode state = send(given(), "get", "/api/imports/" + importId, 200);
        docs.assertAnswer("/api/imports/{id}", "get", "200", state, ignored);
    }

    @Test
    void aFiscalYearThatIsNotANumberIsNamed() {
        given().contentType("text/plain; charset=utf-8")
                .queryParam("fiscalYear", "二〇二五")
                .body("1.二〇二五年项目绩效目标表")
                .post("/api/imports")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("fiscalYear"));
    }

    /** The request that defines an indicator as a documented answer shows it. */
    private static ObjectNode requestOf(JsonNode indicator, long projectId) {
        ObjectNode request = JSON.createObjectNode().put("projectId", projectId);
        for (String field : new String[] {"level1", "level2", "name", "description", "weight", "milestones"}) {
            request.set(field, indicator.get(field));
        }
        return request.put("target", indicator.at("/target/raw").asText());
    }
}
