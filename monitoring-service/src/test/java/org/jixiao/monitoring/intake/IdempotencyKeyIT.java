package org.jixiao.monitoring.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.monitoring.intake.IntakeFixtures.TODAY;
import static org.jixiao.monitoring.intake.IntakeFixtures.indicator;
import static org.jixiao.monitoring.intake.IntakeFixtures.project;
import static org.jixiao.monitoring.intake.IntakeFixtures.recordsBeforeMarker;
import static org.jixiao.monitoring.intake.IntakeFixtures.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.jixiao.kit.idempotency.IdempotencyStore;
import org.jixiao.kit.idempotency.KeyDecision;
import org.jixiao.kit.idempotency.RequestFingerprint;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} as a client of POST /api/progress and /api/progress/batch sees it. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class IdempotencyKeyIT {
    @Inject
    IdempotencyStore store;

    @Inject
    EntityManager em;

    private static Response post(String path, String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(path);
    }

    /** The second answer is the first, replayed: the same status and body, marked as a replay. */
    private static void assertReplayed(Response first, Response again, int status) {
        assertThat(first.statusCode()).isEqualTo(status);
        assertThat(again.statusCode()).isEqualTo(status);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void sameKeyAndBodyAnswersTheSameAndPublishesOnce() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        String body = report(devices, TODAY, "9台");

        Response first = post("/api/progress", key, body);
        Response again = post("/api/progress", key, body);

        assertReplayed(first, again, 202);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(recordsBeforeMarker(projectId, devices))
                .extracting(IntakeFixtures::eventId)
                .containsExactly(first.path("eventId").toString());
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflict() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        post("/api/progress", key, report(devices, TODAY, "9台")).then().statusCode(202);

        post("/api/progress", key, report(devices, TODAY, "10台"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("different request"));
        assertThat(recordsBeforeMarker(projectId, devices)).hasSize(1);
    }

    @Test
    void keysBelongToTheirCallerSoAnotherKeyHolderRunsItsOwnRequest() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        post("/api/progress", key, report(devices, TODAY, "9台")).then().statusCode(202);

        given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(TestTokens.token("another-admin", "admin", List.of())))
                .header("Idempotency-Key", key)
                .body(report(devices, TODAY, "10台"))
                .post("/api/progress")
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertThat(recordsBeforeMarker(projectId, devices)).hasSize(2);
    }

    @Test
    void batchWithAKeyIsPublishedOnceAndAnsweredTheSameAgain() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        String batch = "[" + report(devices, TODAY, "9台") + "," + report(devices, TODAY.minusDays(1), "8台") + "]";

        Response first = post("/api/progress/batch", key, batch);
        Response again = post("/api/progress/batch", key, batch);

        assertReplayed(first, again, 202);
        List<String> eventIds = first.path("eventIds");
        assertThat(recordsBeforeMarker(projectId, devices))
                .extracting(IntakeFixtures::eventId)
                .containsExactlyElementsOf(eventIds);
        post("/api/progress/batch", key, "[" + report(devices, TODAY, "9台") + "]")
                .then()
                .statusCode(409);
    }

    @Test
    void uploadWithAKeyIsRecognisedWhateverItsMultipartBoundary() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        byte[] csv = ("indicatorId,asOf,value\n" + devices + "," + TODAY + ",9台\n").getBytes(StandardCharsets.UTF_8);

        Response first = upload(key, csv, "boundary-of-the-first-try");
        Response again = upload(key, csv, "another-boundary-on-retry");

        assertReplayed(first, again, 202);
        assertThat(recordsBeforeMarker(projectId, devices)).hasSize(1);
    }

    private static Response upload(String key, byte[] file, String boundary) {
        return given().config(RestAssured.config()
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultBoundary(boundary)))
                .header("Idempotency-Key", key)
                .multiPart("file", "进展.csv", file, "text/csv")
                .post("/api/progress/batch");
    }

    @Test
    void clientErrorIsAFinalAnswerAndReplayedToo() {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        String wrongUnit = report(devices, TODAY, "90%");

        Response first = post("/api/progress", key, wrongUnit);
        Response again = post("/api/progress", key, wrongUnit);

        assertReplayed(first, again, 422);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void concurrentRequestsWithOneKeyExecuteOnce() throws Exception {
        long projectId = project();
        long devices = indicator(projectId, "≥17台");
        String key = UUID.randomUUID().toString();
        String body = report(devices, TODAY, "9台");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Response>> answers = IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> post("/api/progress", key, body), pool))
                    .toList();
            List<Response> responses =
                    answers.stream().map(CompletableFuture::join).toList();
            // Each answer is the one execution's 202 (first or replayed) or 409 "still in progress".
            assertThat(responses).allMatch(r -> r.statusCode() == 202 || r.statusCode() == 409);
            assertThat(responses.stream()
                            .filter(r -> r.statusCode() == 202)
                            .map(Response::asString)
                            .distinct())
                    .hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(recordsBeforeMarker(projectId, devices)).hasSize(1);
    }

    @Test
    void repeatWhileTheFirstRequestRunsIsRefusedWithRetryAfter() {
        long devices = indicator(project(), "≥17台");
        String key = UUID.randomUUID().toString();
        String body = report(devices, TODAY, "9台");
        // The first request holds the key and has not finished, as on another instance.
        String hash = RequestFingerprint.of(
                "POST", "/api/progress", null, "application/json", body.getBytes(StandardCharsets.UTF_8));
        // Keys are stored per caller; the tests call as the default test admin.
        assertThat(store.claim(KeyDecision.storedKey(TestTokens.ADMIN_SUBJECT, key), hash, "POST", "/api/progress"))
                .isTrue();

        post("/api/progress", key, body)
                .then()
                .statusCode(409)
                .header("Retry-After", "1")
                .body("detail", containsString("still in progress"));
    }

    @Test
    void expiredKeyMayBeUsedAgainAndIsCleanedUp() {
        long devices = indicator(project(), "≥17台");
        String key = UUID.randomUUID().toString();
        post("/api/progress", key, report(devices, TODAY, "9台")).then().statusCode(202);
        ageKey(key);

        post("/api/progress", key, report(devices, TODAY, "10台")).then().statusCode(202);
        ageKey(key);
        store.deleteExpired();
        assertThat(store.find(key)).isEmpty();
    }

    @Test
    void malformedKeyIsRefused() {
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "x".repeat(300))
                .body("{}")
                .post("/api/progress")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    private void ageKey(String key) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = :key")
                        // Stored per caller: the tests call as the default test admin.
                        .setParameter("key", KeyDecision.storedKey(TestTokens.ADMIN_SUBJECT, key))
                        .executeUpdate());
    }
}
