package org.jixiao.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.readmodel.MonIndicator;
import org.jixiao.monitoring.readmodel.ProgressReport;
import org.jixiao.targets.TargetValueParser;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;

/**
 * The project the API document's examples are about ({@link ApiExamples}), announced on the topics the way project-
 * and indicator-service do: unit 573301's 2025年信息化运维项目 from its 2025 performance target table, three of its
 * targets, and 4.95万元 spent by 2025-06-20.
 */
final class ExampleProject {
    static final long PROJECT = 42;
    static final long DEVICES = 7;
    static final long ACCEPTANCE = 8;
    static final long REPAIR_TIME = 9;
    private static final String UNIT = "573301";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ExampleProject() {}

    /** Announces the project, its targets and its spending, and waits until monitoring's read model has them. */
    static void announce() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("projectId", PROJECT);
        project.put("unitCode", UNIT);
        project.put("fiscalYear", 2025);
        project.put("name", "2025年信息化运维项目");
        project.put(
                "budget",
                Map.of("total", new BigDecimal("11.00"), "fiscal", new BigDecimal("11.00"), "other", BigDecimal.ZERO));
        project.put("purpose", "对信息化设备和网站进行维修维护，保障信息化工作正常开展。");
        project.put("goals", List.of());
        project.put("periodStart", "2025-01-01");
        project.put("periodEnd", "2025-12-31");
        project.put("version", 1);
        publish(Topics.PROJECT_EVENTS, "ProjectRegistered", project);
        indicator(DEVICES, "产出指标", "数量指标", "硬件采购（维护）数量", "≥17台");
        indicator(ACCEPTANCE, "产出指标", "质量指标", "系统验收合格率", "≥90%");
        indicator(REPAIR_TIME, "产出指标", "时效指标", "系统故障修复处理时间", "≤4小时");
        publish(
                Topics.PROJECT_EVENTS,
                "BudgetExecutionRecorded",
                Map.of("projectId", PROJECT, "unitCode", UNIT, "asOf", "2025-06-20", "spent", new BigDecimal("4.95")));
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> MonIndicator.count("projectId", PROJECT)) == 3,
                Duration.ofSeconds(30),
                "the example project's three targets in the read model");
        Await.until(
                () -> QuarkusTransaction.requiringNew()
                                .call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                                .createNativeQuery(
                                                        "SELECT count(*) FROM mon_budget_execution WHERE project_id = ?1")
                                                .setParameter(1, PROJECT)
                                                .getSingleResult())
                                        .intValue())
                        == 1,
                Duration.ofSeconds(30),
                "the example project's spending in the read model");
    }

    /** Waits until monitoring stored this many reports on the indicator. */
    static void awaitReports(long indicatorId, long count) {
        Await.until(
                () -> QuarkusTransaction.requiringNew().call(() -> ProgressReport.count("indicatorId", indicatorId))
                        == count,
                Duration.ofSeconds(30),
                count + " reports on indicator " + indicatorId);
    }

    private static void indicator(long id, String level1, String level2, String name, String target) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("indicatorId", id);
        indicator.put("projectId", PROJECT);
        indicator.put("unitCode", UNIT);
        indicator.put("level1", level1);
        indicator.put("level2", level2);
        indicator.put("name", name);
        indicator.put("description", name);
        indicator.put("target", TargetValueParser.parse(target, level2));
        indicator.put("weight", null);
        indicator.put("milestones", List.of());
        indicator.put("revision", 1);
        publish(Topics.INDICATOR_EVENTS, "IndicatorDefined", indicator);
    }

    private static void publish(String topic, String type, Map<String, Object> data) {
        try {
            TopicWriter.send(
                    PostgresKafkaResource.kafkaClient(),
                    topic,
                    Long.toString(PROJECT),
                    TopicWriter.envelope(type, JSON.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
