package org.jixiao.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.OpenApiContract;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class MergedOpenApiIT {

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void mergesEveryServicesOperationsAsTheGatewayExposesThem() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("info.title", equalTo("jixiao gateway"))
                .body("info.description", not(containsString("Not included")))
                .body("paths.'/api/projects'.get.operationId", equalTo("listProjects"))
                .body("paths.'/api/indicators/{id}'.get.operationId", equalTo("getIndicator"))
                .body("paths.'/api/progress'.post.operationId", equalTo("reportProgress"))
                .body("paths.'/api/stream/status'.get.operationId", equalTo("streamStatus"))
                // Paths the gateway does not route to the service that documents them are left out.
                .body("paths.'/internal/outbox'", nullValue())
                .body("paths.'/api/projects/{id}/indicators'", nullValue())
                // Untagged operations are grouped under their service; declared tags are kept.
                .body("paths.'/api/indicators/{id}'.get.tags", hasItems("indicator-service"))
                .body("tags.name", hasItems("Projects", "Progress", "indicator-service", "status-stream"));
    }

    @Test
    void declaresTheBearerSchemeAndTheGatewaysOwnKeyOperations() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("security[0].keySet()", hasItems("bearer"))
                .body("paths.'/api/keys'.post.summary", equalTo("Create an API key"))
                .body("paths.'/api/auth/token'.post.summary", equalTo("Exchange an API key for a bearer token"));
    }

    @Test
    void sharesEqualSchemasAndRenamesCollidingOnesWithTheirReferences() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.schemas.keySet()", hasItems("Problem", "Page", "indicator-service.Page"))
                .body("components.schemas", not(org.hamcrest.Matchers.hasKey("indicator-service.Problem")))
                .body(
                        "paths.'/api/projects'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Page"))
                .body(
                        "paths.'/api/indicators/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/indicator-service.Page"))
                .body("components.schemas.'indicator-service.Page'.properties.total.type", equalTo("integer"));
    }

    @Test
    void documentsEveryOperationCompletelyTheGatewaysOwnIncluded() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().when()
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        assertThat(OpenApiContract.operations(document))
                .contains(
                        "POST /api/keys",
                        "GET /api/keys",
                        "DELETE /api/keys/{id}",
                        "POST /api/auth/token",
                        "GET /api/stream/status");
        OpenApiContract.assertComplete(document);
    }

    @Test
    void theTokenExchangeNeedsNoTokenAndTheKeyOperationsDescribeTheirProblems() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/auth/token'.post.security", empty())
                .body("paths.'/api/auth/token'.post.responses.keySet()", hasItem("429"))
                .body(
                        "paths.'/api/auth/token'.post.requestBody.content.'application/json'.example.apiKey",
                        startsWith("jx_"))
                .body(
                        "paths.'/api/keys'.post.responses.keySet()",
                        hasItems("201", "400", "401", "403", "413", "415", "422", "429"))
                .body(
                        "paths.'/api/keys'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/keys'.post.responses.'422'.content.'application/problem+json'.example.title",
                        equalTo("Invalid values"))
                .body("paths.'/api/keys/{id}'.delete.responses.keySet()", hasItems("204", "401", "403", "404", "429"))
                .body("paths.'/api/stream/status'.get.responses.keySet()", hasItems("200", "400", "401", "429", "503"))
                .body(
                        "paths.'/api/stream/status'.get.responses.'503'.content.'application/problem+json'.example.type",
                        equalTo("about:blank"));
    }

    @Test
    void addsTheGatewaysOwnAnswersToEveryProxiedOperation() {
        String progress = "paths.'/api/progress'.post.responses.";
        String problem = ".content.'application/problem+json'.";
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(progress + "keySet()", hasItems("202", "401", "413", "415", "429", "502", "503", "504"))
                .body(progress + "'429'" + problem + "schema.'$ref'", equalTo("#/components/schemas/Problem"))
                .body(progress + "'429'" + problem + "example.status", equalTo(429))
                .body(progress + "'429'" + problem + "example.title", equalTo("Too Many Requests"))
                .body(progress + "'429'.headers.keySet()", hasItem("Retry-After"))
                .body(progress + "'503'.headers.keySet()", hasItem("Retry-After"))
                .body(progress + "'503'.description", containsString("monitoring-service is not reachable"))
                .body(progress + "'504'" + problem + "example.title", equalTo("Gateway Timeout"))
                .body(progress + "'413'" + problem + "example.title", equalTo("Payload too large"))
                .body(progress + "'415'" + problem + "example.type", equalTo("about:blank"))
                // Without a request body there is nothing to refuse as too large or of the wrong type.
                .body(
                        "paths.'/api/projects'.get.responses.keySet()",
                        hasItems("200", "401", "429", "502", "503", "504"))
                .body("paths.'/api/projects'.get.responses.keySet()", not(hasItem("413")))
                .body("paths.'/api/projects'.get.responses.keySet()", not(hasItem("415")))
                // What the service declares itself is kept.
                .body("paths.'/api/indicators/{id}'.get.responses.'404'.description", equalTo("Unknown"))
                // One problem schema for gateway and services: the gateway's, with the services' members.
                .body(
                        "components.schemas.Problem.properties.keySet()",
                        hasItems("type", "title", "status", "detail", "instance", "violations"))
                .body("components.schemas", not(hasKey("project-service.Problem")));
    }

    @Test
    void answersYamlByDefaultAndJsonWhenAccepted() {
        given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("openapi: "))
                .body(containsString("/api/progress:"));
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/progress'.post.operationId", equalTo("reportProgress"));
    }

    @Test
    void leavesOutAnUnreachableServiceAndNamesIt() {
        stubs.monitoring().stop();
        try {
            given().when()
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .body("info.description", containsString("monitoring-service"))
                    .body("paths.'/api/progress'", nullValue())
                    .body("paths.'/api/projects'.get.operationId", equalTo("listProjects"));
        } finally {
            stubs.monitoring().start();
        }
    }

    @Test
    void swaggerUiReadsTheMergedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("/q/openapi"));
    }
}
