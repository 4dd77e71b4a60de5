package org.jixiao.monitoring.year;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * A year of reports on one project — an output target on track, one slipping, and a qualitative benefit — posted in
 * order through {@code POST /api/progress}, with spending from {@code project-events}. Every figure below is worked
 * out by hand in the comments: the statuses, warnings, scores and grades at three {@code asOf} dates, and the exact
 * sequence of status events the project got on the real topic.
 *
 * <p>The 365-day period is placed so that today is day 300; day d is {@code start + d - 1}, time progress d/365.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class YearOfReportsIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final LocalDate START = TODAY.minusDays(299);
    static final Set<String> STEP_CAUSES = Set.of("REPORT", "BUDGET_EXECUTION");

    /** One status event of the project, as the test compares them. */
    record Snapshot(String status, String warning, String score, String grade) {
        static Snapshot of(JsonNode current) {
            return new Snapshot(
                    current.path("status").asText(),
                    current.path("warning").asText(),
                    current.path("score").decimalValue().setScale(2).toPlainString(),
                    current.path("grade").asText());
        }
    }

    static LocalDate day(int d) {
        return START.plusDays(d - 1);
    }

    @Test
    void aYearOfReportsGivesTheHandWorkedStatusesScoresAndEvents() {
        YearProject p = YearProject.create(START, TODAY.plusDays(65));
        long devices = p.indicator("产出指标", "数量指标", "≥120台");
        long trainings = p.indicator("产出指标", "数量指标", "≥40台");
        long benefit = p.indicator("效益指标", "社会效益指标", "显著提高");
        p.awaitEvaluated(3);

        // Live evaluation is as of today (day 300, time progress 300/365 = 0.821918). Reports of day 90 and 180 are
        // then more than 31 days old, so their indicators stay NOT_REPORTED, but they already earn score.
        // Budget 100: spent 20 → rate 0.2, ÷ 0.821918 = 0.2433 < 0.6 → RED, budget points 0.2 × 10 = 2.
        p.spend(day(90), "20");
        // 产出 50 points over two indicators, 25 each: 30/120 = 0.25 → 6.25.
        p.report(devices, day(90), "30台");
        // 10/40 = 0.25 → 6.25.
        p.report(trainings, day(90), "10台");
        // 效益 30 points, 部分达成 earns 80 % → 24.
        p.report(benefit, day(90), "PARTLY_ACHIEVED");
        // 30 spent: rate 0.3 → pace 0.365 still RED; 3 budget points.
        p.spend(day(180), "30");
        // 62/120 = 0.516667 → 12.916675.
        p.report(devices, day(180), "62台");
        // 12/40 = 0.3 → 7.5.
        p.report(trainings, day(180), "12台");
        // The same answer again changes no status, warning, score or grade: no event.
        p.report(benefit, day(180), "PARTLY_ACHIEVED");
        // 75 spent: rate 0.75 → pace 0.9125 → GREEN; 7.5 budget points.
        p.spend(day(300), "75");
        // Current report: expected 120 × 0.821918 = 98.6302, 100 ÷ 98.6302 = 1.0139 → ON_TRACK; the others are
        // still NOT_REPORTED, which is worse. 100/120 = 0.833333 → 20.833325.
        p.report(devices, day(300), "100台");
        // Expected 40 × 0.821918 = 32.8767, 18 ÷ 32.8767 = 0.5475 < 0.6 → OFF_TRACK, now the worst. 18/40 → 11.25.
        p.report(trainings, day(300), "18台");
        // 达成 → ACHIEVED, earns all 30.
        p.report(benefit, day(300), "ACHIEVED");

        List<Snapshot> events = p.projectEvents(STEP_CAUSES, 11);
        assertThat(events)
                .containsExactly(
                        new Snapshot("NOT_REPORTED", "RED", "2.00", "差"),
                        new Snapshot("NOT_REPORTED", "RED", "8.25", "差"),
                        new Snapshot("NOT_REPORTED", "RED", "14.50", "差"),
                        new Snapshot("NOT_REPORTED", "RED", "38.50", "差"),
                        new Snapshot("NOT_REPORTED", "RED", "39.50", "差"),
                        // 12.916675 + 6.25 + 24 + 3
                        new Snapshot("NOT_REPORTED", "RED", "46.17", "差"),
                        // 12.916675 + 7.5 + 24 + 3
                        new Snapshot("NOT_REPORTED", "RED", "47.42", "差"),
                        // 12.916675 + 7.5 + 24 + 7.5
                        new Snapshot("NOT_REPORTED", "GREEN", "51.92", "差"),
                        // 20.833325 + 7.5 + 24 + 7.5 = 59.83, still below 60
                        new Snapshot("NOT_REPORTED", "GREEN", "59.83", "差"),
                        // 20.833325 + 11.25 + 24 + 7.5 = 63.58 → 中
                        new Snapshot("OFF_TRACK", "GREEN", "63.58", "中"),
                        // 20.833325 + 11.25 + 30 + 7.5
                        new Snapshot("OFF_TRACK", "GREEN", "69.58", "中"));

        // Day 90 (time progress 90/365 = 0.246575): expected 29.589 and 9.863, both ratios 1.0139 → ON_TRACK;
        // 部分达成 → AT_RISK, the worst. Rate 0.2 ÷ 0.246575 = 0.8111 → GREEN. 6.25 + 6.25 + 24 + 2 = 38.50 → 差.
        p.assertProject(day(90), "AT_RISK", "GREEN", 38.50f, "差");
        p.assertIndicator(devices, day(90), "ON_TRACK", 29.589f, 1.0139f);
        // Day 180 (0.493151): devices 62 ÷ 59.1781 = 1.0477 ON_TRACK; trainings 12 ÷ 19.726 = 0.6083 → AT_RISK.
        // Rate 0.3 ÷ 0.493151 = 0.6083 → YELLOW. 12.916675 + 7.5 + 24 + 3 = 47.42 → 差.
        p.assertProject(day(180), "AT_RISK", "YELLOW", 47.42f, "差");
        p.assertIndicator(trainings, day(180), "AT_RISK", 19.726f, 0.6083f);
        // Day 300 (today): as the last event says.
        p.assertProject(day(300), "OFF_TRACK", "GREEN", 69.58f, "中");
        p.assertIndicator(trainings, day(300), "OFF_TRACK", 32.8767f, 0.5475f);
        given().get("/api/status/indicators/" + benefit).then().statusCode(200).body("status", equalTo("ACHIEVED"));
    }
}
