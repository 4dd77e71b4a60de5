package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.jixiao.events.Topics;
import org.jixiao.monitoring.status.PendingRefreshes;
import org.jixiao.monitoring.status.StatusEvaluator;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.PrometheusText;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * A project's current status is served from the answer its last re-evaluation stored (docs/operations.md, "Stored
 * status views"): byte for byte what an evaluation gives, and only while it is current. Answers are kept in memory
 * until PostgreSQL tells of a change ("Cached reads"): the rows written here by hand stand for another instance's
 * writes, which reach the reads by notification within moments.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class StoredStatusIT {
    private static final String SENTINEL = "{\"stored\":true}";
    private static final Duration TOLD = Duration.ofSeconds(5);

    @Inject
    StatusEvaluator evaluator;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    PendingRefreshes refreshes;

    @Test
    void theStoredAnswerIsTheEvaluatedOne() throws Exception {
        long[] ids = reported();
        String served = given().get("/api/status/projects/" + ids[0])
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String evaluated = json.writeValueAsString(evaluator.project(ids[0], null));
        assertThat(served).isEqualTo(evaluated).contains("\"actual\":9");
    }

    @Test
    void aReadAgainIsAnsweredFromMemory() {
        long[] ids = reported();
        given().get("/api/status/projects/" + ids[0]).then().statusCode(200);
        double hits = cacheHits();
        String again = given().get("/api/status/projects/" + ids[0])
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(again).contains("\"actual\":9");
        assertThat(cacheHits()).isEqualTo(hits + 1);
    }

    private static double cacheHits() {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        return PrometheusText.value(metrics, "jixiao_status_read_cache_total", Map.of("result", "hit"))
                .orElseThrow(() -> new AssertionError("no jixiao_status_read_cache_total hit counter in /q/metrics"));
    }

    @Test
    void onlyACurrentAnswerIsServed() {
        long[] ids = reported();
        store(ids[0], SENTINEL);
        // Today's status: the stored answer, whatever it says, once the change has been told.
        Await.until(
                () -> given().get("/api/status/projects/" + ids[0]).asString().equals(SENTINEL),
                TOLD,
                "the rewritten answer served");
        // Another day is evaluated.
        assertThat(given().queryParam(
                                "asOf", ProgressAndStatusIT.TODAY.minusDays(1).toString())
                        .get("/api/status/projects/" + ids[0])
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .isNotEqualTo(SENTINEL)
                .contains("\"projectId\":" + ids[0]);
        // A pending re-evaluation means the stored answer may be stale: evaluated too (or stored afresh by then).
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO pending_refresh (project_id, cause_type) VALUES (:p, "
                                + "'TARGET_DEFINED') ON CONFLICT DO NOTHING")
                        .setParameter("p", ids[0])
                        .executeUpdate());
        Await.until(
                () -> !given().get("/api/status/projects/" + ids[0]).asString().equals(SENTINEL),
                TOLD,
                "the pending answer no longer served");
        assertThat(given().get("/api/status/projects/" + ids[0]).asString()).contains("\"projectId\":" + ids[0]);
    }

    @Test
    void aRewrittenAnswerIsNeverServedAgainOnceTold() {
        long[] ids = reported();
        String before = given().get("/api/status/projects/" + ids[0]).asString();
        store(ids[0], SENTINEL);
        Await.until(
                () -> given().get("/api/status/projects/" + ids[0]).asString().equals(SENTINEL),
                TOLD,
                "the rewritten answer served");
        for (int i = 0; i < 20; i++) {
            assertThat(given().get("/api/status/projects/" + ids[0]).asString())
                    .as("read %d after the change was served", i)
                    .isEqualTo(SENTINEL)
                    .isNotEqualTo(before);
        }
    }

    @Test
    void aStartStoresEveryAnswerAgainWithoutAnnouncingAnything() throws Exception {
        long[] ids = reported();
        String before = given().get("/api/status/projects/" + ids[0]).asString();
        try (TopicReader status = new TopicReader(ProgressAndStatusIT.kafkaClient(), Topics.STATUS_EVENTS)) {
            refreshes.reevaluateAll();
            Await.until(
                    () -> stored(ids[0]) && !pending(ids[0]),
                    Duration.ofSeconds(30),
                    "the answer stored again by the deferred re-evaluation");
            assertThat(given().get("/api/status/projects/" + ids[0]).asString()).isEqualTo(before);
            // Nothing about this project is judged differently, so nothing about it is announced. (Other classes'
            // projects may be: one rolled over to a later day is judged as of today again.)
            assertThat(status.drain(Duration.ofSeconds(1)))
                    .filteredOn(
                            r -> r.key().equals("project:" + ids[0]) || r.key().equals("indicator:" + ids[1]))
                    .noneMatch(r -> "SERVICE_STARTED"
                            .equals(TopicReader.json(r).at("/data/cause/type").asText()));
        }
    }

    private boolean stored(long projectId) {
        return count("SELECT count(*) FROM project_view WHERE project_id = " + projectId) == 1;
    }

    private boolean pending(long projectId) {
        return count("SELECT count(*) FROM pending_refresh WHERE project_id = " + projectId) == 1;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** A project with one indicator that has a report, once monitoring has evaluated the report. */
    private static long[] reported() {
        long[] ids = ProgressAndStatusIT.projectWithIndicator("≥17台", "产出指标", "数量指标");
        given().contentType(ContentType.JSON)
                .body(ProgressAndStatusIT.report(ids[1], ProgressAndStatusIT.TODAY, "9台"))
                .post("/api/progress")
                .then()
                .statusCode(202);
        Await.until(
                () -> given().get("/api/status/indicators/" + ids[1]).asString().contains("\"actual\":9"),
                Duration.ofSeconds(30),
                "the report evaluated");
        Await.until(
                () -> given().get("/api/status/projects/" + ids[0]).asString().contains("\"actual\":9"),
                Duration.ofSeconds(30),
                "the project's stored answer");
        return ids;
    }

    private void store(long projectId, String body) {
        QuarkusTransaction.requiringNew()
                .run(() -> assertThat(em.createNativeQuery("UPDATE project_view SET body = :b WHERE project_id = :p")
                                .setParameter("b", body)
                                .setParameter("p", projectId)
                                .executeUpdate())
                        .isEqualTo(1));
    }
}
