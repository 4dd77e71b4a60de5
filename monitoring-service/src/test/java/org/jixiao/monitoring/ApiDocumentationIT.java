package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.testinfra.DocumentedExamples.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.testinfra.JsonDifferences;
import org.jixiao.testinfra.OpenApiContract;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * monitoring-service's own OpenAPI document: every operation documented as the API promises, and its examples true.
 * The example reports are sent as the document shows them and must be accepted; every example answer must be exactly
 * what the service answers to the request its parameter examples make, once the example reports are in.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ApiDocumentationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = "text/csv";
    private static final Set<String> READS = Set.of(
            "GET /api/status/indicators/{id}",
            "GET /api/status/projects/{id}",
            "GET /api/status/units/{code}",
            "GET /api/status/indicators",
            "GET /api/status/projects",
            "GET /api/reports/projects/{id}/monitoring",
            "GET /api/reports/projects/{id}/self-evaluation",
            "GET /api/reports/units/{code}");

    @Test
    void everyOperationHasASummaryItsErrorsAsProblemsAndAnExample() throws Exception {
        JsonNode document = OpenApiContract.document();
        assertThat(OpenApiContract.operations(document))
                .contains("POST /api/progress", "POST /api/progress/batch")
                .containsAll(READS);
        OpenApiContract.assertComplete(document);
    }

    @Test
    void theExampleReportsAreAcceptedAndTheExampleAnswersAreTheRealOnes() throws Exception {
        JsonNode document = OpenApiContract.document();
        ExampleProject.announce();

        postExample(document, "/api/progress", "application/json");
        postExample(document, "/api/progress/batch", "application/json");
        postExample(document, "/api/progress/batch", CSV);
        ExampleProject.awaitReports(ExampleProject.DEVICES, 1);
        ExampleProject.awaitReports(ExampleProject.ACCEPTANCE, 2);
        ExampleProject.awaitReports(ExampleProject.REPAIR_TIME, 2);

        Set<String> checked = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode read = path.getValue().path("get");
            if (path.getKey().startsWith("/api/") && !read.isMissingNode()) {
                String operation = "GET " + path.getKey();
                JsonNode content = read.at("/responses/200/content/application~1json");
                String answer = request(read)
                        .accept("application/json")
                        .get(path.getKey())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                JsonNode real = JSON.readTree(answer);
                List<String> differences = new ArrayList<>(JsonDifferences.values(example(content), real));
                differences.addAll(schemaDifferences(document, content, real));
                if (!differences.isEmpty()) {
                    stale.add(operation + ": " + differences + "\n  the real answer: " + answer);
                }
                checked.add(operation);
            }
        }
        assertThat(checked).isEqualTo(READS);
        assertThat(stale).as("examples or schemas that are not the real answer").isEmpty();
    }

    /** Sends the operation's request body example as a client would: it must be accepted. */
    private static void postExample(JsonNode document, String path, String mediaType) throws Exception {
        JsonNode operation = document.path("paths").path(path).path("post");
        JsonNode example = example(operation.path("requestBody").path("content").path(mediaType));
        // A JSON example is a JSON value in the document; a CSV example is the text of the file.
        String body = example.isTextual() ? example.asText() : example.toString();
        Response answer = given().contentType(mediaType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(path);
        assertThat(answer.statusCode())
                .as("%s example of POST %s answered %s", mediaType, path, answer.asString())
                .isEqualTo(202);
        accepted(document, operation, answer.asString());
    }

    /** The 202 answer has the shape of the operation's example 202 answer and the fields of its schema. */
    private static void accepted(JsonNode document, JsonNode operation, String answer) throws Exception {
        JsonNode content = operation.at("/responses/202/content/application~1json");
        JsonNode real = JSON.readTree(answer);
        assertThat(JsonDifferences.shape(example(content), real))
                .as("202 answer %s", answer)
                .isEmpty();
        assertThat(schemaDifferences(document, content, real))
                .as("202 answer %s", answer)
                .isEmpty();
    }

    /** The top-level fields of the content's schema are those of the real answer. */
    private static List<String> schemaDifferences(JsonNode document, JsonNode content, JsonNode real) {
        String ref = content.at("/schema/$ref").asText();
        assertThat(ref).as("a schema component for %s", content).startsWith("#/components/schemas/");
        Set<String> declared = new TreeSet<>();
        document.at(ref.substring(1) + "/properties").fieldNames().forEachRemaining(declared::add);
        Set<String> answered = new TreeSet<>();
        real.fieldNames().forEachRemaining(answered::add);
        return declared.equals(answered)
                ? List.of()
                : List.of("schema " + ref + " has the fields " + declared + ", the answer " + answered);
    }

    /** The request the operation's parameter examples make: those without an example are left out. */
    private static RequestSpecification request(JsonNode operation) {
        RequestSpecification request = given();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.has("example")) {
                continue;
            }
            String name = parameter.get("name").asText();
            String value = parameter.get("example").asText();
            switch (parameter.get("in").asText()) {
                case "path" -> request.pathParam(name, value);
                case "query" -> request.queryParam(name, value);
                default -> throw new AssertionError("parameter " + name + " in " + parameter.get("in"));
            }
        }
        return request;
    }
}
