package org.jixiao.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every write endpoint of the services, as a request that would succeed for the given unit and carries a unique
 * marker, so that a refused request can afterwards be shown to have left no row and no event behind.
 */
final class WriteEndpoints {
    static final String UNIT_A = "573301";
    static final String UNIT_B = "302101";
    private static final Map<String, String> UNIT_LINES =
            Map.of(UNIT_A, "573301中国国际贸易促进委员会天津市分会", UNIT_B, "302101天津市人民政府外事办公室");

    /** A write: which service owns it, and how to send it for a unit with a marker. */
    record Endpoint(String name, String service, int success, Sender sender) {}

    interface Sender {
        Response send(RequestSpecification request, String unit, String marker);
    }

    private final Map<String, Long> projects;
    private final Map<String, Long> indicators;
    private final Supplier<RequestSpecification> admin;
    private final AtomicInteger day = new AtomicInteger();

    /** @param admin requests through the gateway as admin, for the reads a write needs first (versions) */
    WriteEndpoints(Map<String, Long> projects, Map<String, Long> indicators, Supplier<RequestSpecification> admin) {
        this.projects = projects;
        this.indicators = indicators;
        this.admin = admin;
    }

    /** The unit's name as the published tables spell it. */
    static String unitName(String unit) {
        return UNIT_LINES.get(unit).substring(unit.length());
    }

    Map<String, Long> projects() {
        return projects;
    }

    List<Endpoint> all() {
        return List.of(
                new Endpoint("POST /api/units", "project-service", 200, this::registerUnit),
                new Endpoint("POST /api/projects", "project-service", 201, this::registerProject),
                new Endpoint("PUT /api/projects/{id}", "project-service", 200, this::updateProject),
                new Endpoint("POST /api/projects/{id}/budget-execution", "project-service", 201, this::spend),
                new Endpoint("POST /api/indicators", "indicator-service", 201, this::defineIndicator),
                new Endpoint("PUT /api/indicators/{id}", "indicator-service", 200, this::reviseIndicator),
                new Endpoint("POST /api/imports", "indicator-service", 201, this::importTable),
                new Endpoint("POST /api/progress", "monitoring-service", 202, this::report));
    }

    /** Re-registering a unit as it is answers 200; the marker goes nowhere, so nothing can be left behind. */
    private Response registerUnit(RequestSpecification request, String unit, String marker) {
        return request.contentType("application/json")
                .body(Map.of("code", unit, "name", unitName(unit)))
                .post("/api/units");
    }

    private Response registerProject(RequestSpecification request, String unit, String marker) {
        return request.contentType("application/json")
                .body(Map.of(
                        "unitCode",
                        unit,
                        "fiscalYear",
                        2025,
                        "name",
                        marker,
                        "budget",
                        Map.of("total", 1, "fiscal", 1, "other", 0),
                        "purpose",
                        "权限测试",
                        "goals",
                        List.of("权限测试")))
                .post("/api/projects");
    }

    private Response updateProject(RequestSpecification request, String unit, String marker) {
        long id = projects.get(unit);
        Response current = admin.get().get("/api/projects/" + id);
        Map<String, Object> body = current.jsonPath().getMap("$");
        body.put("purpose", marker);
        return request.contentType("application/json")
                .header("If-Match", current.header("ETag"))
                .body(body)
                .put("/api/projects/" + id);
    }

    /** Spending only moves forward in time, so each call posts a later date. */
    private Response spend(RequestSpecification request, String unit, String marker) {
        LocalDate asOf = LocalDate.of(2025, 1, 1).plusDays(day.incrementAndGet());
        return request.contentType("application/json")
                .body(Map.of("asOf", asOf.toString(), "spent", "0." + Math.abs(marker.hashCode() % 9000 + 1000)))
                .post("/api/projects/" + projects.get(unit) + "/budget-execution");
    }

    private Response defineIndicator(RequestSpecification request, String unit, String marker) {
        return request.contentType("application/json")
                .body(Map.of(
                        "projectId", projects.get(unit),
                        "level1", "产出指标",
                        "level2", "数量指标",
                        "name", marker,
                        "target", "≥10台"))
                .post("/api/indicators");
    }

    private Response reviseIndicator(RequestSpecification request, String unit, String marker) {
        long id = indicators.get(unit);
        String revision = admin.get().get("/api/indicators/" + id).header("ETag");
        return request.contentType("application/json")
                .header("If-Match", revision)
                .body(Map.of("target", "≥10台", "description", marker))
                .put("/api/indicators/" + id);
    }

    /** The first seed table, renamed to the marker and moved to the unit. */
    private Response importTable(RequestSpecification request, String unit, String marker) {
        String table;
        try {
            List<String> lines = Files.readAllLines(SeedTables.SEEDS.resolve(SeedTables.FILES.get(0)));
            table = String.join("\n", lines.subList(1, 117))
                    .replace(UNIT_LINES.get(UNIT_A), UNIT_LINES.get(unit))
                    .replace("2025年信息化运维项目", marker);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return request.contentType("text/plain; charset=utf-8")
                .body(table.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/imports?fiscalYear=2025");
    }

    private Response report(RequestSpecification request, String unit, String marker) {
        return request.contentType("application/json")
                .body(Map.of(
                        "indicatorId", indicators.get(unit), "asOf", "2025-06-30", "value", "3台", "reporter", marker))
                .post("/api/progress");
    }
}
