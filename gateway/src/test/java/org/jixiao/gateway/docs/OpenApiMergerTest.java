package org.jixiao.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jixiao.gateway.docs.OpenApiMerger.ServiceDocument;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final JsonObject GATEWAY = new JsonObject("""
            {"openapi":"3.1.0","info":{"title":"jixiao gateway","description":"Entry point."},
             "components":{"schemas":{"Status":{"type":"string"}}}}
            """);

    @Test
    void renamesACollidingComponentAndEveryReferenceToItEvenNested() {
        JsonObject monitoring = new JsonObject("""
                {"openapi":"3.1.0","paths":{"/api/status/projects/{id}":{"get":{"responses":{"200":{
                  "description":"ok","content":{"application/json":{"schema":{"allOf":[
                  {"$ref":"#/components/schemas/Status"}]}}}}}}}},
                 "components":{"schemas":{"Status":{"type":"object"}}}}
                """);

        JsonObject merged =
                OpenApiMerger.merge(GATEWAY, List.of(new ServiceDocument(Upstream.MONITORING, monitoring)), List.of());

        assertThat(merged.getJsonObject("components").getJsonObject("schemas").fieldNames())
                .containsExactlyInAnyOrder("Problem", "Status", "monitoring-service.Status");
        assertThat(merged.encode()).contains("\"$ref\":\"#/components/schemas/monitoring-service.Status\"");
        assertThat(monitoring.encode()).as("input untouched").doesNotContain("monitoring-service.Status");
    }

    @Test
    void addsTheGatewaysAnswersWhereTheServiceDidNotDeclareThemAndKeepsItsOwn() {
        JsonObject indicator = new JsonObject("""
                {"paths":{"/api/indicators":{"post":{"requestBody":{"content":{"application/json":{}}},
                  "responses":{"201":{"description":"created"},"503":{"description":"Kafka is down","content":{
                  "application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}}}
                """);

        JsonObject responses = OpenApiMerger.merge(
                        GATEWAY, List.of(new ServiceDocument(Upstream.INDICATOR, indicator)), List.of())
                .getJsonObject("paths")
                .getJsonObject("/api/indicators")
                .getJsonObject("post")
                .getJsonObject("responses");

        assertThat(responses.fieldNames())
                .containsExactlyInAnyOrder("201", "401", "413", "415", "429", "502", "503", "504");
        assertThat(responses.getJsonObject("503").getString("description")).isEqualTo("Kafka is down");
        JsonObject tooMany = responses.getJsonObject("429");
        assertThat(tooMany.getJsonObject("headers").fieldNames()).containsExactly("Retry-After");
        JsonObject problem = tooMany.getJsonObject("content").getJsonObject("application/problem+json");
        assertThat(problem.getJsonObject("schema").getString("$ref")).isEqualTo("#/components/schemas/Problem");
        assertThat(problem.getJsonObject("example").getMap())
                .containsEntry("type", "about:blank")
                .containsEntry("title", "Too Many Requests")
                .containsEntry("status", 429);
        assertThat(indicator.encode()).as("input untouched").doesNotContain("429");
    }

    @Test
    void theGatewaysOwnOperationsGetBodyAnswersAndRateLimitsOnlyWhereATokenIsNeeded() {
        JsonObject gateway = new JsonObject("""
                {"paths":{"/api/auth/token":{"post":{"security":[],"requestBody":{"content":{"application/json":{}}},
                  "responses":{"200":{"description":"token"},"401":{"description":"unknown key"}}}},
                 "/api/keys":{"get":{"responses":{"200":{"description":"keys"}}}}}}
                """);

        JsonObject paths = OpenApiMerger.merge(gateway, List.of(), List.of()).getJsonObject("paths");

        JsonObject token = paths.getJsonObject("/api/auth/token").getJsonObject("post");
        assertThat(token.getJsonObject("responses").fieldNames()).containsExactlyInAnyOrder("200", "401", "413", "415");
        assertThat(token.getJsonObject("responses")
                        .getJsonObject("401")
                        .getJsonObject("content")
                        .fieldNames())
                .containsExactly("application/problem+json");
        assertThat(paths.getJsonObject("/api/keys")
                        .getJsonObject("get")
                        .getJsonObject("responses")
                        .fieldNames())
                .containsExactlyInAnyOrder("200", "429");
    }

    @Test
    void everyServicesProblemSchemaIsTheGatewaysOneNeverRenamed() {
        JsonObject project = new JsonObject("""
                {"paths":{},"components":{"schemas":{"Problem":{"type":"object"}}}}
                """);

        JsonObject schemas = OpenApiMerger.merge(
                        GATEWAY, List.of(new ServiceDocument(Upstream.PROJECT, project)), List.of())
                .getJsonObject("components")
                .getJsonObject("schemas");

        assertThat(schemas.fieldNames()).containsExactlyInAnyOrder("Status", "Problem");
        assertThat(schemas.getJsonObject("Problem").getJsonObject("properties").fieldNames())
                .contains("type", "title", "status", "detail", "instance", "violations");
    }

    @Test
    void namesServicesWhoseDocumentsAreMissingAndKeepsTheGatewayInfo() {
        JsonObject merged = OpenApiMerger.merge(GATEWAY, List.of(), List.of("project-service", "indicator-service"));

        assertThat(merged.getJsonObject("info").getString("title")).isEqualTo("jixiao gateway");
        assertThat(merged.getJsonObject("info").getString("description"))
                .startsWith("Entry point.")
                .endsWith("could not be read just now: project-service, indicator-service.");
    }
}
