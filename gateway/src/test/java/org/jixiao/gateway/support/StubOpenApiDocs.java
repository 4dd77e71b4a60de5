package org.jixiao.gateway.support;

/**
 * Small OpenAPI documents the stub services serve at /q/openapi. Both project- and indicator-service define a
 * {@code Problem} (identical, and simpler than the gateway's) and a {@code Page} (different) schema, to exercise the
 * merge of components; the project document also lists paths the gateway does not route to project-service. Each
 * exposed operation has a summary and an example, as the real services' have; their error answers are left sparse,
 * for the gateway to add its own.
 */
final class StubOpenApiDocs {

    private static final String PROBLEM =
            "\"Problem\":{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}}}";

    private StubOpenApiDocs() {}

    static String forService(String service) {
        return switch (service) {
            case "project-service" -> """
                    {"openapi":"3.1.0","info":{"title":"jixiao project-service","version":"0.1.0"},
                     "tags":[{"name":"Projects","description":"Funded projects"}],
                     "paths":{
                       "/api/projects":{"get":{"tags":["Projects"],"operationId":"listProjects","summary":"List projects",
                         "responses":{"200":{"description":"A page","content":{"application/json":{"schema":{
                         "$ref":"#/components/schemas/Page"},"example":{"items":[]}}}}}}},
                       "/api/projects/{id}/indicators":{"get":{"responses":{"200":{"description":"misplaced"}}}},
                       "/internal/outbox":{"get":{"responses":{"200":{"description":"not exposed"}}}}},
                     "components":{"schemas":{%s,
                       "Page":{"type":"object","properties":{"items":{"type":"array"}}}}}}
                    """.formatted(PROBLEM);
            case "indicator-service" -> """
                    {"openapi":"3.1.0","info":{"title":"jixiao indicator-service","version":"0.1.0"},
                     "paths":{
                       "/api/indicators/{id}":{"get":{"operationId":"getIndicator","summary":"One indicator",
                         "responses":{"200":{"description":"An indicator","content":{"application/json":{"schema":{
                         "$ref":"#/components/schemas/Page"},"example":{"total":1}}}},"404":{"description":"Unknown","content":{
                         "application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                     "components":{"schemas":{%s,
                       "Page":{"type":"object","properties":{"total":{"type":"integer"}}}}}}
                    """.formatted(PROBLEM);
            default -> """
                    {"openapi":"3.1.0","info":{"title":"jixiao monitoring-service","version":"0.1.0"},
                     "tags":[{"name":"Progress"}],
                     "paths":{"/api/progress":{"post":{"tags":["Progress"],"operationId":"reportProgress",
                       "summary":"Report progress","requestBody":{"content":{"application/json":{
                       "example":{"indicatorId":7,"value":12}}}},
                       "responses":{"202":{"description":"Accepted"}}}}}}
                    """;
        };
    }
}
