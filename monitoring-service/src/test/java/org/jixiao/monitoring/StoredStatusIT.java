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
import org.jixiao.monitoring.status.StatusEvaluator;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.Test;

/**
 * A project's current status is served from the answer its last re-evaluation stored (docs/operations.md, "Stored
 * status views"): byte for byte what an evaluation gives, and only while it is current.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class StoredStatusIT {
    private static final String SENTINEL = "{\"stored\":true}";

    @Inject
    StatusEvaluator evaluator;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

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
    void onlyACurrentAnswerIsServed() {
        long[] ids = reported();
        store(ids[0], SENTINEL);
        // Today's status: the stored answer, whatever it says.
        assertThat(given().get("/api/status/projects/" + ids[0]).asString()).isEqualTo(SENTINEL);
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
        assertThat(given().get("/api/status/projects/" + ids[0]).asString()).isNotEqualTo(SENTINEL);
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
