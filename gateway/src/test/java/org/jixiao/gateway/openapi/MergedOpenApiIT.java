package org.jixiao.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
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
