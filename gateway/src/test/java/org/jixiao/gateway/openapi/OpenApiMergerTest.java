package org.jixiao.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jixiao.gateway.openapi.OpenApiMerger.ServiceDocument;
import org.jixiao.gateway.routing.Upstream;
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
                .containsExactlyInAnyOrder("Status", "monitoring-service.Status");
        assertThat(merged.encode()).contains("\"$ref\":\"#/components/schemas/monitoring-service.Status\"");
        assertThat(monitoring.encode()).as("input untouched").doesNotContain("monitoring-service.Status");
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
