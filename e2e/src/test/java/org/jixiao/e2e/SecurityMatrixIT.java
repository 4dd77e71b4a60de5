package org.jixiao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every write endpoint × {no token, reader, unit A on A's data, unit A on B's data, admin}, through the gateway and
 * directly at the owning service's port: the status is exactly the one specified, and no refused write left a row
 * or an event behind.
 */
@Order(2)
class SecurityMatrixIT {
    enum Caller {
        NO_TOKEN,
        READER,
        UNIT_A_ON_A,
        UNIT_A_ON_B,
        ADMIN
    }

    static RunningSystem system;
    static final Map<Caller, String> TOKENS = new HashMap<>();
    static WriteEndpoints endpoints;

    @BeforeAll
    static void startSystemAndKeys() throws Exception {
        system = SharedSystem.get();
        String admin = system.token(system.adminKey);
        TOKENS.put(Caller.ADMIN, admin);
        TOKENS.put(Caller.READER, system.token(createKey(admin, Map.of("role", "reader"))));
        String unitA =
                system.token(createKey(admin, Map.of("role", "unit", "unitCodes", List.of(WriteEndpoints.UNIT_A))));
        TOKENS.put(Caller.UNIT_A_ON_A, unitA);
        TOKENS.put(Caller.UNIT_A_ON_B, unitA);
        Map<String, Long> projects = new HashMap<>();
        Map<String, Long> indicators = new HashMap<>();
        for (String unit : List.of(WriteEndpoints.UNIT_A, WriteEndpoints.UNIT_B)) {
            long project = asAdmin()
                    .queryParam("unitCode", unit)
                    .get("/api/projects")
                    .jsonPath()
                    .getLong("items[0].id");
            projects.put(unit, project);
            indicators.put(unit, defineIndicator(project));
        }
        endpoints = new WriteEndpoints(projects, indicators, SecurityMatrixIT::asAdmin);
    }

    @Test
    void everyWriteAnswersExactlyAsSpecifiedAndRefusedWritesLeaveNothingBehind() throws Exception {
        List<String> refusedMarkers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (WriteEndpoints.Endpoint endpoint : endpoints.all()) {
            for (String base : List.of(system.gateway(), system.serviceUrl(endpoint.service()))) {
                for (Caller caller : Caller.values()) {
                    String marker = "权限" + UUID.randomUUID().toString().substring(0, 8);
                    String unit = caller == Caller.UNIT_A_ON_B ? WriteEndpoints.UNIT_B : WriteEndpoints.UNIT_A;
                    Response response = endpoint.sender().send(request(base, caller), unit, marker);
                    int expected = expectedStatus(caller, endpoint.success());
                    if (response.statusCode() != expected) {
                        failures.add(endpoint.name() + " via " + base + " as " + caller + ": " + response.statusCode()
                                + " (expected " + expected + ") " + response.asString());
                    } else if (expected >= 400) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                        refusedMarkers.add(marker);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertNothingCarries(refusedMarkers);
    }

    @Test
    void onlyAdminsManageKeys() {
        for (Caller caller : Caller.values()) {
            int expected = caller == Caller.ADMIN ? 201 : caller == Caller.NO_TOKEN ? 401 : 403;
            request(system.gateway(), caller)
                    .contentType("application/json")
                    .body(Map.of("role", "reader"))
                    .post("/api/keys")
                    .then()
                    .statusCode(expected);
            String victim = createKey(TOKENS.get(Caller.ADMIN), Map.of("role", "reader"));
            String id = asAdmin().get("/api/keys").jsonPath().getString("items[-1].id");
            assertThat(victim).startsWith("jx_");
            request(system.gateway(), caller)
                    .delete("/api/keys/" + id)
                    .then()
                    .statusCode(caller == Caller.ADMIN ? 204 : expected);
        }
    }

    static int expectedStatus(Caller caller, int success) {
        return switch (caller) {
            case NO_TOKEN -> 401;
            case READER, UNIT_A_ON_B -> 403;
            case UNIT_A_ON_A, ADMIN -> success;
        };
    }

    /** The markers of refused writes appear in no event of any topic and in no row the API can show. */
    private static void assertNothingCarries(List<String> markers) throws Exception {
        // Events leave through the outbox right after their commit; draining until the topic is quiet sees them all.
        for (String topic : List.of("project-events", "project-commands", "indicator-events", "progress-events")) {
            try (TopicReader reader = new TopicReader(system.kafka(), topic)) {
                for (var record : reader.drain(Duration.ofSeconds(2))) {
                    for (String marker : markers) {
                        assertThat(record.value()).as(topic + " event").doesNotContain(marker);
                    }
                }
            }
        }
        for (String marker : markers) {
            assertThat(asAdmin()
                            .queryParam("name", marker)
                            .get("/api/projects")
                            .jsonPath()
                            .getInt("total"))
                    .as("projects named " + marker)
                    .isZero();
        }
        for (long project : endpoints.projects().values()) {
            String rows = asAdmin().get("/api/projects/" + project).asString()
                    + asAdmin().get("/api/projects/" + project + "/indicators").asString();
            markers.forEach(marker -> assertThat(rows).doesNotContain(marker));
        }
        // Two accepted postings (unit A, admin) per way in, all on A's project; none on B's.
        assertThat(asAdmin()
                        .get("/api/projects/" + endpoints.projects().get(WriteEndpoints.UNIT_A) + "/budget-execution")
                        .jsonPath()
                        .getList("$"))
                .hasSize(4);
        assertThat(asAdmin()
                        .get("/api/projects/" + endpoints.projects().get(WriteEndpoints.UNIT_B) + "/budget-execution")
                        .jsonPath()
                        .getList("$"))
                .isEmpty();
    }

    private static RequestSpecification request(String base, Caller caller) {
        RequestSpecification request = given().baseUri(base);
        return caller == Caller.NO_TOKEN ? request : request.header("Authorization", "Bearer " + TOKENS.get(caller));
    }

    static RequestSpecification asAdmin() {
        return given().baseUri(system.gateway()).header("Authorization", "Bearer " + TOKENS.get(Caller.ADMIN));
    }

    private static String createKey(String adminToken, Map<String, Object> body) {
        return given().baseUri(system.gateway())
                .header("Authorization", "Bearer " + adminToken)
                .contentType("application/json")
                .body(body)
                .post("/api/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("apiKey");
    }

    private static long defineIndicator(long projectId) {
        return asAdmin()
                .contentType("application/json")
                .body(Map.of(
                        "projectId", projectId,
                        "level1", "产出指标",
                        "level2", "数量指标",
                        "name", "权限测试指标",
                        "target", "≥10台"))
                .post("/api/indicators")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
