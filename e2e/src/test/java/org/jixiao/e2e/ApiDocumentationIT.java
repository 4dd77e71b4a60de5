package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.jixiao.testinfra.OpenApiContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The API documentation a developer opens at the gateway: Swagger UI reads the merged {@code /q/openapi}, which holds
 * every operation each running service documents itself, plus the gateway's own, each fully documented.
 */
@Order(4)
class ApiDocumentationIT {
    static RunningSystem system;
    static JsonNode merged;

    @BeforeAll
    static void fetchTheMergedDocument() throws Exception {
        system = SharedSystem.get();
        merged = document(system.gateway());
    }

    @Test
    void swaggerUiAtTheGatewayReadsTheMergedDocument() {
        String page = given().baseUri(system.gateway())
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
        assertThat(page).contains("/q/openapi");
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void theMergedDocumentListsEveryOperationOfEveryService() throws Exception {
        Set<String> listed = OpenApiContract.operations(merged);
        for (String service : List.of("project-service", "indicator-service", "monitoring-service")) {
            Set<String> own = OpenApiContract.operations(document(system.serviceUrl(service)));
            assertThat(own).as(service + "'s own operations").isNotEmpty();
            assertThat(listed)
                    .as("the gateway's document holds every operation of " + service)
                    .containsAll(own);
        }
        assertThat(listed)
                .contains(
                        "POST /api/auth/token",
                        "POST /api/keys",
                        "GET /api/keys",
                        "DELETE /api/keys/{id}",
                        "GET /api/stream/status");
    }

    @Test
    void everyOperationHasASummaryItsErrorResponsesAndAnExample() {
        OpenApiContract.assertComplete(merged);
    }

    private static JsonNode document(String base) {
        return OpenApiContract.document(given().baseUri(base));
    }
}
