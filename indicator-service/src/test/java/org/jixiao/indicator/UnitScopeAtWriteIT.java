package org.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jixiao.events.Topics;
import org.jixiao.indicator.indicators.Indicator;
import org.jixiao.indicator.indicators.IndicatorRevision;
import org.jixiao.kit.outbox.OutboxEvent;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A unit key's write is checked against the project's unit as it is when the indicator is written, not as it was
 * a moment before: the project row is read in the writing transaction under a share lock (docs/security.md, "Unit
 * scope"). The race is played deterministically: the project is moved to another unit in a transaction of this test
 * that stays open while the write is sent, and is committed once the write either answered or waits for it.
 *
 * <p>Without the lock (a plain read, in the writing transaction or before it) the write does not wait: it reads the
 * last committed unit, passes the check, and answers 201 or 200 before the move commits, and these tests fail on the
 * status. With the lock it waits for the move, reads the new unit and is refused like any write for that unit.
 */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class UnitScopeAtWriteIT {
    /** The unit {@link IndicatorApiIT#knownProject()} announces its projects in. */
    private static final String OWN_UNIT = "573301";

    private static final String OTHER_UNIT = "573302";

    @Inject
    DataSource database;

    @Test
    void aDefinitionRacingAMoveOfItsProjectToAnotherUnitIsRefusedAndWritesNothing() throws Exception {
        long projectId = IndicatorApiIT.knownProject();
        String body = IndicatorApiIT.indicator(projectId, "产出指标", "数量指标", "硬件采购（维护）数量", "≥17台");

        Response raced =
                whileProjectMoves(projectId, () -> asOwnUnit().body(body).post("/api/indicators"));
        // Now the project is in the other unit from the start of the request: the answer must be the same.
        Response plain = asOwnUnit().body(body).post("/api/indicators");

        assertRefusedLike(raced, plain);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Indicator.count("projectId", projectId)))
                .isZero();
        assertThat(indicatorEvents(projectId)).isZero();
    }

    @Test
    void aRevisionRacingAMoveOfItsProjectToAnotherUnitIsRefusedAndWritesNothing() throws Exception {
        long projectId = IndicatorApiIT.knownProject();
        long id = given().contentType(ContentType.JSON)
                .body(IndicatorApiIT.indicator(projectId, "产出指标", "数量指标", "培训人次", "≥100人次"))
                .post("/api/indicators")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String revision = "{\"description\":\"raised\",\"target\":\"≥120人次\"}";

        Response raced = whileProjectMoves(
                projectId,
                () -> asOwnUnit().header("If-Match", "\"1\"").body(revision).put("/api/indicators/" + id));
        Response plain = asOwnUnit().header("If-Match", "\"1\"").body(revision).put("/api/indicators/" + id);

        assertRefusedLike(raced, plain);
        Indicator stored = QuarkusTransaction.requiringNew().call(() -> Indicator.findById(id));
        assertThat(stored.revision).isEqualTo(1);
        assertThat(stored.targetRaw).isEqualTo("≥100人次");
        assertThat(QuarkusTransaction.requiringNew().call(() -> IndicatorRevision.count("indicatorId", id)))
                .isEqualTo(1);
        assertThat(indicatorEvents(projectId)).isEqualTo(1); // the definition's, none for the refused revision
    }

    private static RequestSpecification asOwnUnit() {
        return given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(TestTokens.unit(OWN_UNIT)));
    }

    private static void assertRefusedLike(Response raced, Response plain) {
        assertThat(raced.statusCode()).as(raced.asString()).isEqualTo(403);
        assertThat(raced.contentType()).startsWith("application/problem+json");
        assertThat(plain.statusCode()).isEqualTo(403);
        assertThat(raced.asString()).isEqualTo(plain.asString()).contains("not for " + OTHER_UNIT);
    }

    private static long indicatorEvents(long projectId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count(
                        "topic = ?1 and messageKey = ?2", Topics.INDICATOR_EVENTS, Long.toString(projectId)));
    }

    /**
     * Sends {@code write} while a transaction of this test has moved the project to {@link #OTHER_UNIT} and not yet
     * committed; commits the move once the write has answered or waits for the move's row lock, and returns the
     * write's answer.
     */
    private Response whileProjectMoves(long projectId, Supplier<Response> write) throws Exception {
        try (Connection mover = database.getConnection()) {
            mover.setAutoCommit(false);
            try {
                try (PreparedStatement move =
                        mover.prepareStatement("UPDATE known_project SET unit_code = ? WHERE id = ?")) {
                    move.setString(1, OTHER_UNIT);
                    move.setLong(2, projectId);
                    assertThat(move.executeUpdate()).isEqualTo(1);
                }
                int moverPid = backendPid(mover);
                CompletableFuture<Response> answer = CompletableFuture.supplyAsync(write);
                Await.until(
                        () -> answer.isDone() || waitsFor(moverPid),
                        Duration.ofSeconds(30),
                        "the write answers or waits for the uncommitted move of project " + projectId);
                mover.commit();
                return answer.get(30, TimeUnit.SECONDS);
            } finally {
                mover.rollback(); // nothing left open when the test failed before the commit
            }
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Whether some session (the service's write) is waiting for a lock held by {@code pid}. */
    private boolean waitsFor(int pid) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")) {
            query.setInt(1, pid);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }
}
