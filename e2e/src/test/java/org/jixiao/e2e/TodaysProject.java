package org.jixiao.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.testinfra.Await;

/**
 * A unit of a test class's own with one project in this year's period, day 100 of 200 (so a ≥10台 target expects 5
 * by today), and its 产出指标 targets, registered through the gateway. Registering waits until monitoring knows every
 * target, so that reports on them move statuses at once.
 */
record TodaysProject(long id, List<Long> indicators) {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** A 产出指标 target: its 二级指标, name and target value. */
    record Target(String level2, String name, String value) {}

    /**
     * @param project the project's name, budget, purpose and goals; the unit, this fiscal year and the period are
     *     added
     */
    static TodaysProject register(
            Supplier<RequestSpecification> api,
            String unitCode,
            String unitName,
            Map<String, Object> project,
            List<Target> targets) {
        api.get()
                .contentType(ContentType.JSON)
                .body(Map.of("code", unitCode, "name", unitName))
                .post("/api/units")
                .then()
                .statusCode(201);
        Map<String, Object> body = new LinkedHashMap<>(project);
        body.put("unitCode", unitCode);
        body.put("fiscalYear", TODAY.getYear());
        body.put("periodStart", TODAY.minusDays(99).toString());
        body.put("periodEnd", TODAY.plusDays(100).toString());
        long id = api.get()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        List<Long> indicators = new ArrayList<>();
        for (Target target : targets) {
            Map<String, Object> indicator = Map.of(
                    "projectId", id,
                    "level1", "产出指标",
                    "level2", target.level2(),
                    "name", target.name(),
                    "target", target.value());
            indicators.add(Retries.whileUnknown(() -> api.get()
                            .contentType(ContentType.JSON)
                            .body(indicator)
                            .post("/api/indicators"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id"));
        }
        Await.until(
                () -> api.get().get("/api/status/projects/" + id).path("indicators.size()") instanceof Integer n
                        && n == targets.size(),
                Duration.ofSeconds(30),
                "monitoring knows the " + targets.size() + " targets");
        return new TodaysProject(id, List.copyOf(indicators));
    }

    /** Posts a progress report on the indicator as of today with {@code request}; answers its event id. */
    static String report(RequestSpecification request, long indicator, String value) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("indicatorId", indicator, "asOf", TODAY.toString(), "value", value))
                .post("/api/progress")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
    }
}
