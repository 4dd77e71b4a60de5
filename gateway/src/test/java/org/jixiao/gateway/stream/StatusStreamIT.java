package org.jixiao.gateway.stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jixiao.events.Topics;
import org.jixiao.gateway.proxy.rules.RouteTable;
import org.jixiao.gateway.support.SseTestClient;
import org.jixiao.gateway.support.SseTestClient.Event;
import org.jixiao.gateway.support.StatusStreamResource;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StatusStreamResource.class)
class StatusStreamIT {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final String CURSOR = "\\d+-\\d+(\\.\\d+-\\d+)*";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    StatusEventHub hub;

    @BeforeEach
    void streamIsLive() {
        // The consumer finds the end of the topic in the background after start-up (readiness reports it).
        Await.until(hub::isLive, Duration.ofSeconds(30), "status stream live");
    }

    @Test
    void deliversAMatchingStatusChangeWithinASecondAsEventStatus() throws Exception {
        String unit = newUnitCode();
        try (SseTestClient client = connect("?unitCode=" + unit, null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith("text/event-stream");

            UUID eventId = publish(unit, 11, 101, "AT_RISK");
            Event event = client.nextEvent(SECOND);

            assertThat(event.name()).isEqualTo("status");
            assertThat(event.id()).matches(CURSOR);
            JsonObject envelope = new JsonObject(event.data());
            assertThat(envelope.getString("eventId")).isEqualTo(eventId.toString());
            assertThat(envelope.getString("eventType")).isEqualTo("StatusChanged");
            assertThat(envelope.getJsonObject("data").getString("unitCode")).isEqualTo(unit);
            assertThat(envelope.getJsonObject("data").getJsonObject("current").getString("status"))
                    .isEqualTo("AT_RISK");
        }
    }

    @Test
    void eachOfManyClientsGetsOnlyWhatItsFilterMatches() throws Exception {
        String unit = newUnitCode();
        String otherUnit = newUnitCode();
        long project = newProjectId();
        long otherProject = newProjectId();
        try (SseTestClient byUnit = connect("?unitCode=" + unit, null);
                SseTestClient byProject = connect("?projectId=" + otherProject, null);
                SseTestClient byBoth = connect("?unitCode=" + unit + "&projectId=" + project, null)) {
            UUID first = publish(unit, project, 201, "ON_TRACK");
            UUID second = publish(otherUnit, otherProject, 202, "OFF_TRACK");
            UUID third = publish(unit, newProjectId(), 203, "AHEAD");

            assertThat(eventIdOf(byUnit.nextEvent(SECOND))).isEqualTo(first);
            assertThat(eventIdOf(byUnit.nextEvent(SECOND))).isEqualTo(third);
            assertThat(eventIdOf(byProject.nextEvent(SECOND))).isEqualTo(second);
            assertThat(eventIdOf(byBoth.nextEvent(SECOND))).isEqualTo(first);
            // The events each client must not get: second and third for byBoth, first and third for byProject.
            assertNothingElseArrived(byBoth, unit, project, 202, 203);
            assertNothingElseArrived(byProject, otherUnit, otherProject, 201, 203);
        }
    }

    @Test
    void resumesFromLastEventIdWithExactlyTheMissedMatchingEventsThenGoesLive() throws Exception {
        String unit = newUnitCode();
        long project = newProjectId();
        String seenId;
        UUID seen;
        try (SseTestClient client = connect("?unitCode=" + unit, null)) {
            seen = publish(unit, project, 301, "ON_TRACK");
            Event event = client.nextEvent(SECOND);
            assertThat(eventIdOf(event)).isEqualTo(seen);
            seenId = event.id();
        }

        UUID missed1 = publish(unit, project, 302, "AT_RISK");
        publish(newUnitCode(), project, 303, "AT_RISK");
        UUID missed2 = publish(unit, project, 301, "OFF_TRACK");

        // An EventSource reconnects to the same URL: Last-Event-ID must win over since=earliest.
        try (SseTestClient client = connect("?unitCode=" + unit + "&since=earliest", seenId)) {
            assertThat(eventIdOf(client.nextEvent(SECOND))).isEqualTo(missed1);
            assertThat(eventIdOf(client.nextEvent(SECOND))).isEqualTo(missed2);
            UUID live = publish(unit, project, 302, "ON_TRACK");
            assertThat(eventIdOf(client.nextEvent(SECOND))).isEqualTo(live);
            // Neither the other unit's event nor a second copy of a missed or live one.
            assertNothingElseArrived(client, unit, project, 301, 302, 303);
        }

        // Without Last-Event-ID, since=earliest replays the unit's whole history on the (compacted) topic.
        try (SseTestClient client = connect("?unitCode=" + unit + "&since=earliest", null)) {
            assertThat(eventIdOf(client.nextEvent(SECOND))).isEqualTo(seen);
            assertThat(eventIdOf(client.nextEvent(SECOND))).isEqualTo(missed1);
        }
    }

    @Test
    void readinessReportsTheStreamUp() {
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'status-stream' }.status", equalTo("UP"));
    }

    @Test
    void sendsHeartbeatCommentsWhileIdle() throws Exception {
        try (SseTestClient client = connect("?unitCode=" + newUnitCode(), null)) {
            assertThat(client.nextComment(Duration.ofSeconds(3))).isEqualTo("heartbeat");
        }
    }

    @Test
    void rejectsInvalidQueryValuesAndCursorsWithProblem400() {
        given().header("X-Request-Id", "r-400")
                .when()
                .get("/api/stream/status?projectId=abc&since=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/stream/status"))
                .body("requestId", equalTo("r-400"))
                .body("violations.field", org.hamcrest.Matchers.contains("projectId", "since"));
        given().header("Last-Event-ID", "not-a-cursor")
                .when()
                .get("/api/stream/status")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Last-Event-ID"));
        given().when()
                .post("/api/stream/status")
                .then()
                .statusCode(405)
                .header("Allow", "GET")
                .contentType("application/problem+json");
    }

    private SseTestClient connect(String query, String lastEventId) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + RouteTable.STATUS_STREAM + query);
        return SseTestClient.connect(uri, lastEventId == null ? Map.of() : Map.of("Last-Event-ID", lastEventId));
    }

    /** Writes a StatusChanged envelope as monitoring-service would and waits for Kafka's ack. */
    private static UUID publish(String unitCode, long projectId, long indicatorId, String status) {
        UUID eventId = UUID.randomUUID();
        String data = new JsonObject()
                .put("subject", "indicator")
                .put("subjectId", String.valueOf(indicatorId))
                .put("projectId", projectId)
                .put("unitCode", unitCode)
                .put("asOf", "2026-06-30")
                .put("previous", new JsonObject().put("status", "NOT_REPORTED"))
                .put("current", new JsonObject().put("status", status))
                .put("cause", new JsonObject().put("type", "REPORT"))
                .encode();
        TopicWriter.send(
                PostgresKafkaResource.kafkaClient(),
                Topics.STATUS_EVENTS,
                "indicator:" + indicatorId,
                TopicWriter.envelope(eventId, "StatusChanged", data));
        return eventId;
    }

    /**
     * Proves that no event published so far under the given indicator ids reached the client beyond those it already
     * took. Waiting a while for nothing would also pass when delivery is merely slow; instead a marker the client's
     * filter matches is published under each of those keys. A key's records share a partition, so the stream
     * delivers any earlier event of that key before its marker: the client's next events must be the markers only.
     */
    private static void assertNothingElseArrived(
            SseTestClient client, String unitCode, long projectId, long... indicatorIds) throws Exception {
        List<UUID> markers = new ArrayList<>();
        for (long indicatorId : indicatorIds) {
            markers.add(publish(unitCode, projectId, indicatorId, "NOT_REPORTED"));
        }
        List<UUID> received = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            received.add(eventIdOf(client.nextEvent(Duration.ofSeconds(5))));
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(markers);
    }

    private static UUID eventIdOf(Event event) {
        assertThat(event.name()).isEqualTo("status");
        return UUID.fromString(new JsonObject(event.data()).getString("eventId"));
    }

    private static String newUnitCode() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private static long newProjectId() {
        return ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
    }
}
