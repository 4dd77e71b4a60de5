package org.jixiao.monitoring.year;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * An admin may set the score of a qualitative indicator within its answer's band, with a reason (docs/rules.md,
 * "Score"). The project: 100万元, 95 spent; 产出 ≥17台 met (56.25 points, as 满意度 is missing) and 效益 显著提高
 * answered 部分达成 (33.75 points, 0.7 of them by default: 23.625). Score 56.25 + 23.625 + 9.5 = 89.38 良; assessed at
 * 0.78 of its points (26.325), 92.08 优.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ScoreAssessmentIT {
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final String REASON = "主要任务已完成，仅宣传材料印制推迟至次年一月";

    @Test
    void anAdminSetsAQualitativeScoreWithinItsBandAndMayWithdrawIt() {
        YearProject project = YearProject.create(LocalDate.of(2025, 1, 1), END);
        long devices = project.indicator("产出指标", "数量指标", "≥17台");
        long benefit = project.indicator("效益指标", "社会效益指标", "显著提高");
        project.awaitEvaluated(2, "OFF_TRACK");
        project.spend(END, "95");
        project.report(devices, END, "17台");
        project.report(benefit, END, "PARTLY_ACHIEVED");
        project.assertProject(END, "OFF_TRACK", "GREEN", 89.38f, "良", 89.38f, "良");

        assess(benefit, "{\"share\":0.78,\"reason\":\"" + REASON + "\"}").then().statusCode(202);
        List<YearOfReportsIT.Snapshot> assessed = project.projectEvents(Set.of("SCORE_ASSESSED"), 1);
        assertThat(assessed).extracting(YearOfReportsIT.Snapshot::score).containsExactly("92.08");
        project.assertProject(END, "OFF_TRACK", "GREEN", 92.08f, "优", 92.08f, "优");
        MonIndicator stored = QuarkusTransaction.requiringNew().call(() -> MonIndicator.findById(benefit));
        assertThat(stored.assessedShare).isEqualByComparingTo("0.78");
        assertThat(stored.assessmentReason).isEqualTo(REASON);
        assertThat(stored.assessedBy).isEqualTo(TestTokens.ADMIN_SUBJECT);
        given().get("/api/reports/projects/" + project.id + "/self-evaluation")
                .then()
                .statusCode(200)
                .body("indicators.find { it.indicatorId == " + benefit + " }.score", equalTo(26.33f))
                .body("indicators.find { it.indicatorId == " + benefit + " }.scoreAssessment", equalTo(REASON))
                .body("indicators.find { it.indicatorId == " + devices + " }.scoreAssessment", nullValue())
                .body("score", equalTo(92.08f));

        given().delete("/api/status/indicators/" + benefit + "/assessment")
                .then()
                .statusCode(202);
        Await.until(
                () -> QuarkusTransaction.requiringNew()
                                .call(() -> MonIndicator.<MonIndicator>findById(benefit).assessedShare)
                        == null,
                Duration.ofSeconds(30),
                "the assessment withdrawn");
        project.assertProject(END, "OFF_TRACK", "GREEN", 89.38f, "良", 89.38f, "良");
    }

    @Test
    void anAssessmentOutsideTheBandOrOfANumberOrWithoutReasonIsRefusedNamingTheField() {
        YearProject project = YearProject.create(LocalDate.of(2025, 1, 1), END);
        long devices = project.indicator("产出指标", "数量指标", "≥17台");
        long benefit = project.indicator("效益指标", "社会效益指标", "显著提高");
        project.awaitEvaluated(2, "OFF_TRACK");
        assessRefused(benefit, "{\"share\":0.7,\"reason\":\"r\"}", "share", "nothing is reported on the indicator yet");
        project.report(devices, END, "17台");
        project.report(benefit, END, "PARTLY_ACHIEVED");

        assessRefused(
                benefit,
                "{\"share\":0.8,\"reason\":\"r\"}",
                "share",
                "must lie in the band of the latest answer PARTLY_ACHIEVED: from 0.6 up to (not including) 0.8");
        assessRefused(benefit, "{\"share\":1.5,\"reason\":\"r\"}", "share", "must be a number from 0 to 1");
        assessRefused(benefit, "{\"share\":0.7}", "reason", "is required");
        assessRefused(devices, "{\"share\":0.9,\"reason\":\"r\"}", "share", "the latest report is a number");
        assess(benefit + 1_000_000, "{\"share\":0.7,\"reason\":\"r\"}").then().statusCode(404);
        for (String token : List.of(TestTokens.unit("573301"), TestTokens.reader())) {
            given().header("Authorization", TestTokens.bearer(token))
                    .contentType(ContentType.JSON)
                    .body("{\"share\":0.7,\"reason\":\"r\"}")
                    .put("/api/status/indicators/" + benefit + "/assessment")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        MonIndicator stored = QuarkusTransaction.requiringNew().call(() -> MonIndicator.findById(benefit));
        assertThat(stored.assessedShare).isNull();
    }

    private static io.restassured.response.Response assess(long indicatorId, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/status/indicators/" + indicatorId + "/assessment");
    }

    private static void assessRefused(long indicatorId, String body, String field, String message) {
        Map<String, Object> violation = assess(indicatorId, body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .extract()
                .jsonPath()
                .getMap("violations[0]");
        assertThat(violation.get("field")).isEqualTo(field);
        assertThat((String) violation.get("message")).contains(message);
    }
}
