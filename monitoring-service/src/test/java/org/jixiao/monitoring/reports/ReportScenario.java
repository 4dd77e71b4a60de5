package org.jixiao.monitoring.reports;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.targets.TargetValueParser;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;

/**
 * Feeds monitoring the way the other services do: projects, targets and budget execution on their topics, progress
 * through {@code POST /api/progress}. Every project's period is 200 days with today as day 100, so the time
 * progress today is exactly 0.5.
 */
final class ReportScenario {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate PERIOD_START = TODAY.minusDays(99);
    private static final Instant PERIOD_START_INSTANT =
            PERIOD_START.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    private static final AtomicLong NEXT_ID =
            new AtomicLong(7_000_000_000L + System.currentTimeMillis() % 1_000_000_000L);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final String UNIT = "RPT" + System.nanoTime() % 1_000_000;
    private static long[] ids;

    private ReportScenario() {}

    /**
     * One unit with a project of four indicators (a cumulative quantity, a rate, a qualitative target and an
     * unreported satisfaction rate) and a project of last year without reports; spending of 30 (day -40), 45 (day -2)
     * and 80 (day +10); a wrong report of today and its correction, which moves the figure to day -5 (so only the
     * correction rule, not "the latest wins", picks it); a deviation on each reported indicator; one forecast.
     * Built once per test run.
     *
     * @return {project, devices, acceptance rate, service level, satisfaction, project without reports}
     */
    static synchronized long[] standard() {
        if (ids != null) {
            return ids;
        }
        int year = TODAY.getYear();
        long project = project(UNIT, year, "报表项目", "100");
        long devices = indicator(project, UNIT, "产出指标", "数量指标", "新增设备", "≥17台");
        long rate = indicator(project, UNIT, "产出指标", "质量指标", "验收合格率", "≥95%");
        long service = indicator(project, UNIT, "效益指标", "社会效益指标", "服务水平", "显著提高");
        long satisfaction = indicator(project, UNIT, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%");
        long other = project(UNIT, year - 1, "上年项目", "50");
        indicator(other, UNIT, "产出指标", "数量指标", "培训人次", "≥17台");
        spent(project, UNIT, TODAY.minusDays(40), "30");
        spent(project, UNIT, TODAY.minusDays(2), "45");
        spent(project, UNIT, TODAY.plusDays(10), "80");
        awaitIndicators(project, 4);
        awaitIndicators(other, 1);
        Await.until(
                () -> given().queryParam("asOf", TODAY.plusDays(10).toString())
                                .get("/api/status/projects/" + project)
                                .<Float>path("executionRate")
                        == 0.8f,
                Duration.ofSeconds(30),
                "budget execution recorded");

        String wrong = report(devices, """
                {"indicatorId":%d,"asOf":"%s","value":"12台","likelihood":"LIKELY","forecast":"20台",
                 "deviation":{"category":"FUNDING","reason":"资金未到位"}}""".formatted(devices, TODAY));
        report(devices, """
                {"indicatorId":%d,"asOf":"%s","value":"8台","likelihood":"LIKELY","forecast":"16台","corrects":"%s",
                 "deviation":{"category":"STAFF","reason":"安装人员不足"},"correctiveAction":"增派安装人员"}""".formatted(devices, TODAY.minusDays(5), wrong));
        report(rate, """
                {"indicatorId":%d,"asOf":"%s","value":"70%%"}""".formatted(rate, TODAY.minusDays(40)));
        report(rate, """
                {"indicatorId":%d,"asOf":"%s","value":"88%%","likelihood":"CERTAIN",
                 "deviation":{"category":"EQUIPMENT","reason":"检测设备老化"},"correctiveAction":"更换检测设备"}""".formatted(rate, TODAY.minusDays(3)));
        report(service, """
                {"indicatorId":%d,"asOf":"%s","value":"PARTLY_ACHIEVED","likelihood":"LIKELY",
                 "deviation":{"category":"RULES","reason":"配套制度尚未出台"},"correctiveAction":"加快制定制度"}""".formatted(service, TODAY.minusDays(1)));
        ids = new long[] {project, devices, rate, service, satisfaction, other};
        return ids;
    }

    static long project(String unitCode, int fiscalYear, String name, String budget) {
        long projectId = NEXT_ID.incrementAndGet();
        String project =
                """
                {"projectId":%d,"unitCode":"%s","fiscalYear":%d,"name":"%s",
                 "budget":{"total":%s,"fiscal":%s,"other":0},"purpose":"p","goals":[],
                 "periodStart":"%s","periodEnd":"%s","version":1}
                """.formatted(projectId, unitCode, fiscalYear, name, budget, budget, PERIOD_START, TODAY.plusDays(100));
        send(Topics.PROJECT_EVENTS, projectId, "ProjectRegistered", project);
        return projectId;
    }

    /** Defines an indicator with the target parsed as indicator-service parses it. */
    static long indicator(long projectId, String unitCode, String level1, String level2, String name, String target) {
        long indicatorId = NEXT_ID.incrementAndGet();
        String indicator;
        try {
            indicator = """
                    {"indicatorId":%d,"projectId":%d,"unitCode":"%s","level1":"%s","level2":"%s","name":"%s",
                     "description":"d","target":%s,"weight":null,"milestones":[],"revision":1}
                    """.formatted(
                            indicatorId,
                            projectId,
                            unitCode,
                            level1,
                            level2,
                            name,
                            JSON.writeValueAsString(TargetValueParser.parse(target, level2)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // Defined when the period started, as a published table is: no grace left (docs/rules.md, "Grace").
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(),
                Topics.INDICATOR_EVENTS,
                Long.toString(projectId),
                TopicWriter.envelope(UUID.randomUUID(), "IndicatorDefined", PERIOD_START_INSTANT, indicator));
        return indicatorId;
    }

    static void spent(long projectId, String unitCode, LocalDate asOf, String amount) {
        send(Topics.PROJECT_EVENTS, projectId, "BudgetExecutionRecorded", """
                {"projectId":%d,"unitCode":"%s","asOf":"%s","spent":%s}""".formatted(
                        projectId, unitCode, asOf, amount));
    }

    /** Posts a progress report and waits until monitoring stored it; returns its id (the event id). */
    static String report(long indicatorId, String json) {
        long before = reportsOf(indicatorId);
        String id = given().contentType(ContentType.JSON)
                .body(json)
                .post("/api/progress")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
        Await.until(() -> reportsOf(indicatorId) == before + 1, Duration.ofSeconds(30), "report " + id + " stored");
        return id;
    }

    /** Waits until monitoring knows the project with this many indicators. */
    static void awaitIndicators(long projectId, int count) {
        Await.until(
                () -> {
                    var response = given().get("/api/status/projects/" + projectId);
                    return response.statusCode() == 200
                            && response.jsonPath().getList("indicators").size() == count;
                },
                Duration.ofSeconds(30),
                "project " + projectId + " with " + count + " indicators");
    }

    private static long reportsOf(long indicatorId) {
        return QuarkusTransaction.requiringNew().call(() -> ProgressReport.count("indicatorId", indicatorId));
    }

    private static void send(String topic, long projectId, String type, String data) {
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(), topic, Long.toString(projectId), TopicWriter.envelope(type, data));
    }
}
