package org.jixiao.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * A unit of the dashboard tests' own, with one project in this year's period (a {@link TodaysProject}), two targets,
 * and an API key of that unit: reports here move statuses without touching the demo data or other classes' units.
 */
final class DashboardFixture {
    final RunningSystem system;
    final String adminToken;
    final String unitCode;
    final long project;
    final List<Long> indicators;
    final String unitKey;

    private DashboardFixture(RunningSystem system, String unitCode) {
        this.system = system;
        this.adminToken = system.token(system.adminKey);
        this.unitCode = unitCode;
        TodaysProject registered = TodaysProject.register(
                this::api,
                unitCode,
                "看板测试单位" + unitCode,
                Map.of(
                        "name",
                        "看板测试项目" + unitCode,
                        "budget",
                        Map.of("total", 20, "fiscal", 18, "other", 2),
                        "purpose",
                        "维护看板测试设备",
                        "goals",
                        List.of("采购设备10台", "验收合格率不低于90%")),
                List.of(
                        new TodaysProject.Target("数量指标", "设备采购数量", "≥10台"),
                        new TodaysProject.Target("质量指标", "验收合格率", "≥90%")));
        project = registered.id();
        indicators = registered.indicators();
        unitKey = api().contentType(ContentType.JSON)
                .body(Map.of("role", "unit", "unitCodes", List.of(unitCode), "label", "dashboard test " + unitCode))
                .post("/api/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("apiKey");
    }

    static DashboardFixture create(RunningSystem system, String unitCode) {
        return new DashboardFixture(system, unitCode);
    }

    /** Posts a progress report as another client would (the admin, through the gateway); answers its event id. */
    String report(long indicator, String value) {
        return TodaysProject.report(api(), indicator, value);
    }

    String indicatorStatus(long indicator) {
        return api().get("/api/status/indicators/" + indicator).path("status");
    }

    RequestSpecification api() {
        return given().baseUri(system.gateway()).header("Authorization", "Bearer " + adminToken);
    }
}
