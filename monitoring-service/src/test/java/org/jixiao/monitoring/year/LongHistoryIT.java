package org.jixiao.monitoring.year;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jixiao.monitoring.status.StatusEvaluator;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * A batch re-evaluates its projects from the reports the rules can read, not from the whole history
 * (status/ReadableReports): the stored answer after a long history with a correction, a deadline finished late after
 * a relapse, one confirmed by a run of answers longer than the newest few, and a qualitative answer that changed is
 * exactly what evaluating the whole history gives.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class LongHistoryIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    StatusEvaluator evaluator;

    @Inject
    ObjectMapper json;

    @Test
    void theStoredAnswerAfterALongHistoryIsTheOneTheWholeHistoryGives() {
        YearProject project = YearProject.create(TODAY.minusDays(200), TODAY.plusDays(165));
        long devices = project.indicator("产出指标", "数量指标", "≥170台");
        // Due at the end of the month 110 days ago: finished 70 days ago, after a relapse, so late.
        LocalDate due = TODAY.minusDays(110);
        long deadline = project.indicator("产出指标", "时效指标", due.getYear() + "年" + due.getMonthValue() + "月");
        long daysLate = ChronoUnit.DAYS.between(due.withDayOfMonth(due.lengthOfMonth()), TODAY.minusDays(70));
        // Done on time, then confirmed month after month: a run of ACHIEVED answers longer than the few newest read.
        long confirmed = project.indicator("产出指标", "时效指标", due.getYear() + "年" + due.getMonthValue() + "月底前");
        long benefit = project.indicator("效益指标", "社会效益指标", "显著提高");
        project.awaitEvaluated(4, "OFF_TRACK"); // the deadline has passed undone

        for (int day = 150; day >= 10; day -= 10) {
            project.report(devices, TODAY.minusDays(day), (160 - day) + "台");
        }
        // The latest report (150台 as of day -10) is replaced by a correction dated two days earlier.
        project.reportCorrecting(devices, TODAY.minusDays(12), "80台", TODAY.minusDays(10));

        project.report(deadline, TODAY.minusDays(120), "NOT_ACHIEVED");
        project.report(deadline, TODAY.minusDays(100), "ACHIEVED");
        project.report(deadline, TODAY.minusDays(80), "PARTLY_ACHIEVED");
        project.report(deadline, TODAY.minusDays(70), "ACHIEVED");
        project.report(deadline, TODAY.minusDays(60), "ACHIEVED");
        project.report(confirmed, TODAY.minusDays(190), "NOT_ACHIEVED");
        for (int day = 180; day >= 70; day -= 10) {
            project.report(confirmed, TODAY.minusDays(day), "ACHIEVED");
        }
        project.report(benefit, TODAY.minusDays(90), "ACHIEVED");
        project.report(benefit, TODAY.minusDays(30), "PARTLY_ACHIEVED");

        Await.until(
                () -> given().get("/api/status/projects/" + project.id)
                        .asString()
                        .equals(evaluatedFromTheWholeHistory(project.id)),
                Duration.ofSeconds(30),
                "the stored answer equal to an evaluation of the whole history");
        String served = given().get("/api/status/projects/" + project.id).asString();
        assertThat(served).contains("\"actual\":80").contains("\"daysLate\":" + daysLate);
    }

    private String evaluatedFromTheWholeHistory(long projectId) {
        try {
            return json.writeValueAsString(evaluator.project(projectId, null));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
