package org.jixiao.monitoring.year;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * One project followed through fiscal year 2025 as a finance officer would (docs/rules.md, "A year worked through"):
 * reports through {@code POST /api/progress} and straight onto {@code progress-events}, spending on
 * {@code project-events}, and at 01-10, 03-31, 06-30, 09-30, 11-15 and 12-31 the hand-worked status of each
 * indicator, the project's status, budget warning, score, projected score and grades, as {@code GET
 * /api/status/projects/{id}?asOf=} answers them.
 *
 * <p>Budget 100万元. Seven indicators: 产出 (50 points, 10 each) A ≥17台 (cumulative), B ≥12人 物业服务人员 (staff in
 * post: a level), C 6月底前 (a deadline, done late), D 0起 安全事故 (a zero target, broken in June), E ≤120.8万元 (a
 * cost cap whose forecast breaks it); 满意度 (10) F ≥95% (a rate); 效益 (30) G 显著提高 (qualitative).
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class YearOfReportsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);
    static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);
    static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);
    static final LocalDate SEP_30 = LocalDate.of(2025, 9, 30);
    static final LocalDate NOV_15 = LocalDate.of(2025, 11, 15);

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

    @Test
    void aYearOfReportsGivesTheHandWorkedStatusesWarningsAndScores() {
        YearProject p = YearProject.create(START, END);
        long a = p.indicator("产出指标", "数量指标", "设备购置数量", "≥17台");
        long b = p.indicator("产出指标", "数量指标", "物业服务人员", "≥12人");
        long c = p.indicator("产出指标", "时效指标", "系统上线时间", "6月底前");
        long d = p.indicator("产出指标", "质量指标", "安全事故", "0起");
        long e = p.indicator("产出指标", "成本指标", "项目成本", "≤120.8万元");
        long f = p.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%");
        long g = p.indicator("效益指标", "社会效益指标", "服务水平", "显著提高");
        List<Long> seven = List.of(a, b, c, d, e, f, g);
        // The period is over, so the live status (as of its last day) is final: with nothing reported, OFF_TRACK.
        p.awaitEvaluated(7, "OFF_TRACK");

        // 03-31 (time progress 90/365 = 0.246575)
        p.spend(MAR_31, "20");
        p.report(a, MAR_31, "5台");
        p.report(b, MAR_31, "8人");
        p.report(c, MAR_31, "PARTLY_ACHIEVED");
        p.report(d, MAR_31, "0起");
        p.report(e, MAR_31, "25万元");
        p.report(f, MAR_31, "88%");
        p.report(g, MAR_31, "PARTLY_ACHIEVED");
        // 06-30 (181/365 = 0.495890)
        p.spend(JUN_30, "45");
        p.report(a, JUN_30, "9台");
        p.report(b, JUN_30, "12人");
        p.report(c, JUN_30, "PARTLY_ACHIEVED");
        p.report(d, JUN_30, "1起");
        p.report(e, JUN_30, "70万元");
        p.report(f, JUN_30, "92%");
        // 09-30 (273/365 = 0.747945); two reports come from another system straight onto the topic.
        p.spend(SEP_30, "75");
        p.report(a, SEP_30, "17台");
        p.report(b, SEP_30, "12人");
        p.reportOnTopic(c, SEP_30, "ACHIEVED");
        p.report(d, SEP_30, "1起");
        p.report(e, SEP_30, "95万元");
        p.reportOnTopic(f, SEP_30, "95%");
        p.report(g, SEP_30, "ACHIEVED");
        // 11-15 (319/365 = 0.873973): A, C and G are done and not reported again.
        p.spend(NOV_15, "95");
        p.report(b, NOV_15, "12人");
        p.report(d, NOV_15, "1起");
        p.report(e, NOV_15, "110万元");
        p.report(f, NOV_15, "96%");
        // 12-31: the final values.
        p.spend(END, "98");
        p.report(b, END, "12人");
        p.report(d, END, "1起");
        p.report(e, END, "118万元");
        p.report(f, END, "96%");

        // 01-10: nothing is due yet (grace: the first 31 days), and no budget warning in the first month. Score as
        // things stand 0; projected, everything goes to plan: 100 → 优.
        p.assertStatuses(JAN_10, statuses(seven, "NOT_DUE NOT_DUE NOT_DUE NOT_DUE NOT_DUE NOT_DUE NOT_DUE"));
        p.assertProject(JAN_10, "NOT_DUE", "NONE", 0.00f, "差", 100.00f, "优");

        // 03-31. A: expected 17 × 0.246575 = 4.1918, 5 ÷ 4.1918 = 1.1928 → ON_TRACK. B: a level, 8 ÷ 12 = 0.667 →
        // AT_RISK. C: in progress, due 06-30 → ON_TRACK. D: 0起 → ON_TRACK. E: forecast 25 ÷ 0.246575 = 101.39 ≤
        // 120.8 → ON_TRACK. F: 88 ÷ 95 = 0.926 < 0.95 → AT_RISK. G: 部分达成 → AT_RISK.
        // Spending 0.2 ÷ 0.246575 = 0.811 → GREEN.
        // Score (产出 10 each, 效益 30, 满意度 10, budget 10): A 5/17 → 2.941176, B 8/12 → 6.666667, C 部分达成 0.7 → 7,
        // D 10, E 10, F 88/95 → 9.263158, G 0.7 × 30 = 21, budget 2 → 68.87 → 中.
        // Projected: A 5 ÷ 0.246575 = 20.28 ≥ 17 → 10, B 6.666667, C on time → 10, D 10, E 10, F 9.263158, G 21,
        // budget 0.2 ÷ 0.246575 = 0.8111 → 8.111 → 85.04 → 良.
        p.assertStatuses(MAR_31, statuses(seven, "ON_TRACK AT_RISK ON_TRACK ON_TRACK ON_TRACK AT_RISK AT_RISK"));
        p.assertProject(MAR_31, "AT_RISK", "GREEN", 68.87f, "中", 85.04f, "良");

        // 06-30. A: 9 ÷ 8.4301 = 1.0676 → ON_TRACK. B: 12人 → ON_TRACK. C: due today, not late yet → ON_TRACK.
        // D: 1起 breaks 0起 → OFF_TRACK. E: 70 is within, but 70 ÷ 0.495890 = 141.16 > 120.8 → AT_RISK. F: 92 ÷ 95 =
        // 0.968 → ON_TRACK. G: last report 03-31 is 91 days old and not met → NOT_REPORTED.
        // Spending 0.45 ÷ 0.495890 = 0.907 → GREEN.
        // Score: A 9/17 → 5.294118, B 10, C 7, D 0, E 10, F 9.684211, G 21, budget 4.5 → 67.48 → 中.
        // Projected: A 10, B 10, C 10, D 0, E 120.8 ÷ 141.1603 = 0.855765 → 8.55765, F 9.684211, G 21, budget
        // 0.9075 → 9.075 → 78.32 → 中.
        p.assertStatuses(JUN_30, statuses(seven, "ON_TRACK ON_TRACK ON_TRACK OFF_TRACK AT_RISK ON_TRACK NOT_REPORTED"));
        p.assertProject(JUN_30, "OFF_TRACK", "GREEN", 67.48f, "中", 78.32f, "中");
        // 07-01: C not done and past its deadline → OFF_TRACK.
        given().queryParam("asOf", "2025-07-01")
                .get("/api/status/indicators/" + c)
                .then()
                .statusCode(200)
                .body("status", equalTo("OFF_TRACK"));

        // 09-30. A: 17台 → ACHIEVED. C: done 09-30, 92 days after 06-30 → ACHIEVED, late. E: 95 ÷ 0.747945 = 127.01
        // > 120.8 → AT_RISK. F: 95% → ON_TRACK. G: 达成 → ACHIEVED. D still OFF_TRACK. Spending 0.75 ÷ 0.747945 → GREEN.
        // Score: A 10, B 10, C late 0.6 → 6, D 0, E 10, F 10, G 30, budget 7.5 → 83.50 → 良.
        // Projected: E 120.8 ÷ 127.0147 = 0.951071 → 9.51071, budget 1 → 10; the rest as things stand → 85.51 → 良.
        p.assertStatuses(SEP_30, statuses(seven, "ACHIEVED ON_TRACK ACHIEVED OFF_TRACK AT_RISK ON_TRACK ACHIEVED"));
        p.assertProject(SEP_30, "OFF_TRACK", "GREEN", 83.50f, "良", 85.51f, "良");
        given().queryParam("asOf", SEP_30.toString())
                .get("/api/status/indicators/" + c)
                .then()
                .statusCode(200)
                .body("daysLate", equalTo(92));

        // 11-15. Met stays met: A (09-30), C and G stay ACHIEVED without new reports. E: 110 ÷ 0.873973 = 125.86 >
        // 120.8 → AT_RISK. F: 96% → ON_TRACK. Spending 0.95 ÷ 0.873973 = 1.087 → GREEN.
        // Score: 10 + 10 + 6 + 0 + 10 + 10 + 30 + 9.5 = 85.50 → 良. Projected: E 120.8 ÷ 125.8620 = 0.959781 →
        // 9.59781, budget 10 → 85.60 → 良.
        p.assertStatuses(NOV_15, statuses(seven, "ACHIEVED ON_TRACK ACHIEVED OFF_TRACK AT_RISK ON_TRACK ACHIEVED"));
        p.assertProject(NOV_15, "OFF_TRACK", "GREEN", 85.50f, "良", 85.60f, "良");

        // 12-31, final: every indicator ACHIEVED or OFF_TRACK. E 118 ≤ 120.8 → ACHIEVED; B, F met → ACHIEVED; D 1起 →
        // OFF_TRACK. Score 10 + 10 + 6 + 0 + 10 + 10 + 30 + 9.8 = 85.80 → 良, and the projection is the same.
        p.assertStatuses(END, statuses(seven, "ACHIEVED ACHIEVED ACHIEVED OFF_TRACK ACHIEVED ACHIEVED ACHIEVED"));
        p.assertProject(END, "OFF_TRACK", "GREEN", 85.80f, "良", 85.80f, "良");

        // The live status (the period is over: as of 12-31) went out on the topic with the last spending or report.
        List<Snapshot> events = p.projectEvents(Set.of("REPORT", "BUDGET_EXECUTION"), 1);
        assertThat(events).last().isEqualTo(new Snapshot("OFF_TRACK", "GREEN", "85.80", "良"));
    }

    @Test
    void aValueWithoutTheTargetsUnitIsRefusedNamingTheUnit() {
        YearProject p = YearProject.create(START, END);
        long devices = p.indicator("产出指标", "数量指标", "设备购置数量", "≥17台");
        p.awaitEvaluated(1, "OFF_TRACK");

        given().contentType(ContentType.JSON)
                .body(Map.of("indicatorId", devices, "asOf", "2025-06-30", "value", "9"))
                .post("/api/progress")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("value"))
                .body("violations[0].message", endsWith("write 9台"));
    }

    /**
     * A project without a 满意度 indicator: its 10 points go to 产出 (50 → 56.25) and 效益 (30 → 33.75); everything
     * met and 95 % spent is 56.25 + 33.75 + 9.5 = 99.5 → 优 in the 自评表 (it was 89.5 → 良 with the points lost).
     */
    @Test
    void selfEvaluationWithoutSatisfactionIndicatorsReaches99Point5() throws Exception {
        YearProject p = YearProject.create(START, END);
        long devices = p.indicator("产出指标", "数量指标", "设备购置数量", "≥17台");
        long repair = p.indicator("产出指标", "时效指标", "故障修复时间", "≤4小时");
        long benefit = p.indicator("效益指标", "社会效益指标", "服务水平", "显著提高");
        p.awaitEvaluated(3, "OFF_TRACK");
        p.spend(END, "95");
        p.report(devices, END, "17台");
        p.report(repair, END, "210分钟");
        p.report(benefit, END, "ACHIEVED");

        JsonNode sheet = JSON.readTree(given().queryParam("asOf", END.toString())
                .get("/api/reports/projects/" + p.id + "/self-evaluation")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(sheet.get("totalPoints").decimalValue()).isEqualByComparingTo("100");
        assertThat(sheet.get("score").decimalValue()).isEqualByComparingTo("99.50");
        assertThat(sheet.get("grade").asText()).isEqualTo("优");
        // 分值: 产出 56.25 ÷ 2 = 28.125 each (shown with 2 decimals), 效益 33.75.
        assertThat(sheet.get("indicators").findValuesAsText("points")).containsExactly("28.13", "28.13", "33.75");
        p.assertProject(END, "ACHIEVED", "GREEN", 99.50f, "优", 99.50f, "优");
    }

    /** The indicators' statuses, given in their order, separated by spaces. */
    private static Map<Long, String> statuses(List<Long> indicators, String statuses) {
        String[] each = statuses.split(" ");
        assertThat(each).hasSameSizeAs(indicators);
        Map<Long, String> map = new LinkedHashMap<>();
        for (int i = 0; i < each.length; i++) {
            map.put(indicators.get(i), each[i]);
        }
        return map;
    }
}
