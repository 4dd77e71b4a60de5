package org.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.EventHeaders;
import org.jixiao.events.Topics;
import org.jixiao.indicator.indicators.Indicator;
import org.jixiao.indicator.indicators.IndicatorRevision;
import org.jixiao.kit.outbox.OutboxEvent;
import org.jixiao.targets.table.IndicatorRow;
import org.jixiao.targets.table.TargetTable;
import org.jixiao.testinfra.GeneratedTable;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.PropertyTables;
import org.jixiao.testinfra.TopicReader;
import org.jixiao.testinfra.TopicWriter;
import org.jixiao.testinfra.XlsxFromTables;
import org.junit.jupiter.api.Test;

/**
 * A large target table through the whole import saga, with this test in project-service's part: it answers the
 * {@code ImportProjectsRequested} command on {@code project-commands} with {@code ImportProjectsResolved}.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class ImportIT {
    private static final int ROWS = 3_000;
    private static final String UNIT = "880001";
    /** Import ids this test has already answered: a later import of the same project is a new command. */
    private static final Set<String> answered = ConcurrentHashMap.newKeySet();

    @Test
    void importsEveryRowOnceInTableOrderAndAnswersUnchangedWhenRepeated() {
        long projectId = System.currentTimeMillis() % 1_000_000 * 10 + 7_000_000_000L;
        String projectName = "大表导入" + projectId;
        String table = GeneratedTable.text(UNIT, projectName, ROWS);

        JsonPath first = importAsProjectService(table, projectId, "CREATED");
        assertThat(first.getString("tables[0].outcome")).isEqualTo("CREATED");
        assertThat(first.getInt("tables[0].indicators")).isEqualTo(ROWS);
        assertThat(first.getLong("tables[0].projectId")).isEqualTo(projectId);
        assertStoredOnceInOrder(projectId, ROWS);
        assertAnnouncedOnce(projectId, ROWS);

        // The same file again: the finished import answers at once, and nothing is written.
        long announced = announcedCount();
        Response repeated = post(table);
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.jsonPath().getString("importId")).isEqualTo(first.getString("importId"));
        assertThat(repeated.jsonPath().getString("tables[0].outcome")).isEqualTo("UNCHANGED");
        assertStoredOnceInOrder(projectId, ROWS);
        assertThat(announcedCount()).isEqualTo(announced);

        // A revised file of the same project with two more rows: only those are added, after the others.
        JsonPath grown =
                importAsProjectService(GeneratedTable.text(UNIT, projectName, ROWS + 2), projectId, "UNCHANGED");
        assertThat(grown.getString("tables[0].outcome")).isEqualTo("CREATED");
        assertThat(grown.getInt("tables[0].indicators")).isEqualTo(ROWS + 2);
        assertStoredOnceInOrder(projectId, ROWS + 2);
        assertThat(announcedCount()).isEqualTo(announced + 2);
    }

    /** Posts the file and answers the saga's command like project-service would; returns the 201's body. */
    private static JsonPath importAsProjectService(String table, long projectId, String projectOutcome) {
        return importAsProjectService(() -> post(table), "大表导入" + projectId, projectId, projectOutcome);
    }

    private static JsonPath importAsProjectService(
            Supplier<Response> post, String projectName, long projectId, String projectOutcome) {
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(post);
        String importId;
        try (TopicReader commands = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_COMMANDS)) {
            ConsumerRecord<String, String> command = commands.await(
                    r -> {
                        JsonNode data = TopicReader.json(r).path("data");
                        return data.at("/projects/0/unitCode").asText().equals(UNIT)
                                && data.at("/projects/0/name").asText().equals(projectName)
                                && !answered.contains(data.path("importId").asText());
                    },
                    Duration.ofSeconds(30));
            importId = TopicReader.json(command).at("/data/importId").asText();
        }
        answered.add(importId);
        answer("import:" + importId, resolved(importId, projectId, UNIT, projectName, projectOutcome));
        Response response = answer.orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getString("importId")).isEqualTo(importId);
        return response.jsonPath();
    }

    /** A workbook's optional 计量方式 and 指标方向 columns set those of its rows' indicators (docs/rules.md). */
    @Test
    void aWorkbookSetsTheMeasureAndDirectionOfItsRows() throws IOException {
        long projectId = System.currentTimeMillis() % 1_000_000 * 10 + 8_000_000_000L;
        String projectName = "物业管理" + projectId;
        TargetTable table = PropertyTables.of(
                UNIT,
                "天津市物业管理单位",
                projectName,
                // The area kept clean is a level, not a count that grows; the fee is fixed by contract.
                new IndicatorRow(2, "产出指标", "数量指标", "保洁面积", "保洁面积", "≥5000平方米", "时点", null),
                new IndicatorRow(3, "产出指标", "成本指标", "物业费", "物业费", "120.8万元", null, "等于"),
                new IndicatorRow(4, "产出指标", "数量指标", "维修次数", "维修次数", "≥100次", null, null));
        byte[] workbook = XlsxFromTables.of(List.of(table));
        importAsProjectService(
                () -> given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .body(workbook)
                        .queryParam("fiscalYear", 2025)
                        .post("/api/imports"),
                projectName,
                projectId,
                "CREATED");

        JsonPath indicators = given().get("/api/projects/" + projectId + "/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(indicators.getList("name")).containsExactly("保洁面积", "物业费", "维修次数");
        assertThat(indicators.getList("measure").get(0)).isEqualTo("LEVEL");
        assertThat(indicators.getList("measureSet")).containsExactly(true, false, false);
        assertThat(indicators.getList("direction").get(1)).isEqualTo("EXACT");
        assertThat(indicators.getList("directionSet")).containsExactly(false, true, false);
        assertThat(indicators.getString("[2].measure") + " " + indicators.getString("[2].direction"))
                .isEqualTo("CUMULATIVE HIGHER_BETTER");
    }

    /**
     * An answer that names another unit than the file, or an import never requested, is dead-lettered with its
     * reason and attaches nothing; the right answer then completes the import.
     */
    @Test
    void anAnswerThatDoesNotFitThePendingImportIsDeadLettered() {
        long projectId = System.currentTimeMillis() % 1_000_000 * 10 + 6_000_000_000L;
        String projectName = "错配导入" + projectId;
        CompletableFuture<Response> response =
                CompletableFuture.supplyAsync(() -> post(GeneratedTable.text(UNIT, projectName, 3)));
        String importId;
        try (TopicReader commands = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_COMMANDS)) {
            importId = TopicReader.json(commands.await(
                            r -> TopicReader.json(r)
                                    .at("/data/projects/0/name")
                                    .asText()
                                    .equals(projectName),
                            Duration.ofSeconds(30)))
                    .at("/data/importId")
                    .asText();
        }
        answer("forged:" + importId, resolved(importId, projectId, "999999", projectName, "CREATED"));
        answer("unknown:" + importId, resolved("0" + importId, projectId, UNIT, projectName, "CREATED"));
        try (TopicReader dlq =
                new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.deadLetter(Topics.PROJECT_EVENTS))) {
            assertThat(TopicReader.header(
                            dlq.await(r -> r.key().equals("forged:" + importId), Duration.ofSeconds(20)),
                            EventHeaders.DEAD_LETTER_REASON))
                    .contains("does not fit pending import")
                    .contains("unit 999999");
            assertThat(TopicReader.header(
                            dlq.await(r -> r.key().equals("unknown:" + importId), Duration.ofSeconds(20)),
                            EventHeaders.DEAD_LETTER_REASON))
                    .contains("never requested");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> Indicator.count("projectId", projectId)))
                .isZero();

        answer("import:" + importId, resolved(importId, projectId, UNIT, projectName, "CREATED"));
        Response completed = response.orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(completed.statusCode()).as(completed.asString()).isEqualTo(201);
        assertThat(completed.jsonPath().getString("tables[0].unitCode")).isEqualTo(UNIT);
        assertStoredOnceInOrder(projectId, 3);
    }

    private static String resolved(String importId, long projectId, String unit, String name, String outcome) {
        return """
                {"importId":"%s","accepted":true,"errors":[],
                 "projects":[{"table":1,"projectId":%d,"unitCode":"%s","fiscalYear":2025,"name":"%s",
                              "periodStart":"2025-01-01","periodEnd":"2025-12-31","outcome":"%s"}]}
                """.formatted(importId, projectId, unit, name, outcome);
    }

    private static void answer(String key, String resolved) {
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(),
                Topics.PROJECT_EVENTS,
                key,
                TopicWriter.envelope("ImportProjectsResolved", resolved));
    }

    private static Response post(String table) {
        return given().contentType("text/plain; charset=utf-8")
                .body(table)
                .queryParam("fiscalYear", 2025)
                .post("/api/imports");
    }

    /** Every row exactly once, at its row's position, with its levels and its first revision. */
    private static void assertStoredOnceInOrder(long projectId, int rows) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Indicator> stored = Indicator.list("projectId = ?1 order by position", projectId);
            assertThat(stored).hasSize(rows);
            for (int i = 0; i < rows; i++) {
                Indicator indicator = stored.get(i);
                assertThat(indicator.position).as("position of row %d", i).isEqualTo(i);
                assertThat(indicator.name).isEqualTo(GeneratedTable.name(i));
                assertThat(indicator.level1).isEqualTo(GeneratedTable.level1(i));
                assertThat(indicator.level2).isEqualTo(GeneratedTable.level2(i));
                assertThat(indicator.revision).isEqualTo(1);
            }
            long revisions = IndicatorRevision.count(
                    "indicatorId in (select id from Indicator where projectId = ?1)", projectId);
            assertThat(revisions).isEqualTo(rows);
        });
    }

    /** One IndicatorDefined per indicator on the real topic, keyed by the project, in table order. */
    private static void assertAnnouncedOnce(long projectId, int rows) {
        List<Long> stored = QuarkusTransaction.requiringNew()
                .call(() -> Indicator.<Indicator>list("projectId = ?1 order by position", projectId).stream()
                        .map(i -> i.id)
                        .toList());
        try (TopicReader events = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.INDICATOR_EVENTS)) {
            List<ConsumerRecord<String, String>> ours = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ours.size() < rows && System.nanoTime() < deadline) {
                ours = events.drain(Duration.ofSeconds(1)).stream()
                        .filter(r -> r.key().equals(Long.toString(projectId)))
                        .toList();
            }
            List<Long> announced = new ArrayList<>();
            for (ConsumerRecord<String, String> record : ours) {
                assertThat(TopicReader.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("IndicatorDefined");
                announced.add(TopicReader.json(record).at("/data/indicatorId").asLong());
            }
            assertThat(announced).isEqualTo(stored);
        }
    }

    /** IndicatorDefined events written to the outbox, by any test. */
    private static long announcedCount() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventType", "IndicatorDefined"));
    }
}
