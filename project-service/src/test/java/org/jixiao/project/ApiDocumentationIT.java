package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.testinfra.DocumentedExamples.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jixiao.testinfra.DocumentedExamples;
import org.jixiao.testinfra.OpenApiContract;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/** project-service's own OpenAPI document: every operation documented as the API promises. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "project"))
class ApiDocumentationIT {

    @Test
    void everyOperationHasASummaryItsErrorsAsProblemsAndAnExample() throws Exception {
        JsonNode document = OpenApiContract.document();
        assertThat(OpenApiContract.operations(document)).contains("POST /api/projects", "GET /api/units/{code}");
        OpenApiContract.assertComplete(document);
    }

    /**
     * Sends every documented request example as it stands (only the unit code is made fresh, since other tests of the
     * module share the database) and expects exactly the documented answer, ids aside.
     */
    @Test
    void theRequestExamplesAreAcceptedAndAnsweredAsDocumented() throws Exception {
        DocumentedExamples docs = new DocumentedExamples(OpenApiContract.document());
        String code = "D" + System.currentTimeMillis();

        ObjectNode unit = docs.request("/api/units", "post");
        unit.put("code", code);
        JsonNode unitAnswer = send(given().body(unit.toString()), "post", "/api/units", 201);
        docs.assertAnswer("/api/units", "post", "201", unitAnswer, Map.of("code", code));
        JsonNode readUnit = send(given(), "get", "/api/units/" + code, 200);
        docs.assertAnswer("/api/units/{code}", "get", "200", readUnit, Map.of("code", code));

        ObjectNode project = docs.request("/api/projects", "post");
        project.put("unitCode", code);
        JsonNode created = send(given().body(project.toString()), "post", "/api/projects", 201);
        long id = created.path("id").asLong();
        Map<String, Object> ids = Map.of("id", id, "projectId", id, "unitCode", code);
        docs.assertAnswer("/api/projects", "post", "201", created, ids);
        docs.assertAnswer("/api/projects/{id}", "get", "200", send(given(), "get", "/api/projects/" + id, 200), ids);
        JsonNode page =
                send(given().queryParam("unitCode", code).queryParam("fiscalYear", 2025), "get", "/api/projects", 200);
        docs.assertAnswer("/api/projects", "get", "200", page, ids);

        // The documented history starts with an earlier posting than the request example: post that one first.
        String executions = "/api/projects/" + id + "/budget-execution";
        ObjectNode earlier =
                (ObjectNode) docs.answer(executions(), "get", "200").get(0).deepCopy();
        earlier.remove(List.of("projectId", "executionRate"));
        send(given().body(earlier.toString()), "post", executions, 201);
        JsonNode recorded = send(given().body(docs.request(executions(), "post").toString()), "post", executions, 201);
        docs.assertAnswer(executions(), "post", "201", recorded, ids);
        docs.assertAnswer(executions(), "get", "200", send(given(), "get", executions, 200), ids);

        ObjectNode update = docs.request("/api/projects/{id}", "put");
        update.put("unitCode", code);
        JsonNode updated =
                send(given().header("If-Match", "\"1\"").body(update.toString()), "put", "/api/projects/" + id, 200);
        docs.assertAnswer("/api/projects/{id}", "put", "200", updated, ids);
    }

    private static String executions() {
        return "/api/projects/{id}/budget-execution";
    }
}
