package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.PrometheusText;
import org.junit.jupiter.api.Test;

/**
 * A project read by id is kept in memory until PostgreSQL tells of a change to its row (docs/operations.md, "Cached
 * reads"). A change written here by hand stands for another instance's update, which reaches reads within moments.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "project"))
class ProjectReadCacheIT {

    @Inject
    EntityManager em;

    @Test
    void aReadAgainIsAnsweredFromMemory() {
        long id = ProjectRequests.createProject("130101", "缓存读取项目");
        given().get("/api/projects/" + id).then().statusCode(200);
        double hits = cacheHits();
        given().get("/api/projects/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("缓存读取项目"));
        assertThat(cacheHits()).isEqualTo(hits + 1);
    }

    @Test
    void anotherWritersChangeReachesReadsAndStays() {
        long id = ProjectRequests.createProject("130102", "他处更新项目");
        given().get("/api/projects/" + id).then().statusCode(200).body("name", equalTo("他处更新项目"));
        QuarkusTransaction.requiringNew()
                .run(() -> assertThat(em.createNativeQuery(
                                        "UPDATE project SET name = '他处已更新', version = version + 1 WHERE id = :id")
                                .setParameter("id", id)
                                .executeUpdate())
                        .isEqualTo(1));
        Await.until(
                () -> "他处已更新"
                        .equals(given().get("/api/projects/" + id).jsonPath().getString("name")),
                Duration.ofSeconds(5),
                "the other writer's change read");
        for (int i = 0; i < 20; i++) {
            given().get("/api/projects/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("name", equalTo("他处已更新"));
        }
    }

    @Test
    void anUnknownProjectStaysUnknownAndIsNotKept() {
        given().get("/api/projects/987654320").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/projects/987654320").then().statusCode(404).contentType("application/problem+json");
    }

    private static double cacheHits() {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        return PrometheusText.value(metrics, "jixiao_project_read_cache_total", Map.of("result", "hit"))
                .orElseThrow(() -> new AssertionError("no jixiao_project_read_cache_total hit counter in /q/metrics"));
    }
}
