package org.jixiao.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.testinfra.Await;

/**
 * A unit of the dashboard tests' own, with one project in this year's period (day 100 of 200, so a ≥10台 target
 * expects 5 by today), two targets, and an API key of that unit: reports here move statuses without touching the
 * demo data or other classes' units.
 */
final class DashboardFixture {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final RunningSystem system;
    final String adminToken;
    final String unitCode;
    final long project;
    final List<Long> indicators = new ArrayList<>();
    final String unitKey;

    private DashboardFixture(RunningSystem system, String unitCode) {
        this.system = system;
        this.adminToken = system.token(system.adminKey);
        this.unitCode = unitCode;
        api().contentType(ContentType.JSON)
                .body(Map.of("code", unitCode, "name", "看板测试单位" + unitCode))
                .post("/api/units")
                .then()
                .statusCode(201);
        String body = """
                {"unitCode":"%s","fiscalYear":%d,"name":"看板测试项目%s","budget":{"total":20,"fiscal":18,"other":2},
                 "purpose":"维护看板测试设备","goals":["采购设备10台","验收合格率不低于90%%"],
                 "periodStart":"%s","periodEnd":"%s"}""".formatted(unitCode, TODAY.getYear(), unitCode, TODAY.minusDays(99), TODAY.plusDays(100));
        project = api().contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        for (String[] target :
                List.of(new String[] {"数量指标", "设备采购数量", "≥10台"}, new String[] {"质量指标", "验收合格率", "≥90%"})) {
            String indicator = """
                    {"projectId":%d,"level1":"产出指标","level2":"%s","name":"%s","target":"%s"}""".formatted(project, target[0], target[1], target[2]);
            indicators.add(Retries.whileUnknown(() ->
                            api().contentType(ContentType.JSON).body(indicator).post("/api/indicators"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id"));
        }
        Await.until(
                () -> api().get("/api/status/projects/" + project).path("indicators.size()") instanceof Integer n
                        && n == 2,
                Duration.ofSeconds(30),
                "monitoring knows the two targets");
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
        return api().contentType(ContentType.JSON)
                .body(Map.of("indicatorId", indicator, "asOf", TODAY.toString(), "value", value))
                .post("/api/progress")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
    }

    String indicatorStatus(long indicator) {
        return api().get("/api/status/indicators/" + indicator).path("status");
    }

    RequestSpecification api() {
        return given().baseUri(system.gateway()).header("Authorization", "Bearer " + adminToken);
    }
}
