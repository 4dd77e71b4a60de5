package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jixiao.events.Topics;
import org.jixiao.kit.outbox.OutboxEvent;
import org.jixiao.project.units.Unit;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TopicReader;
import org.junit.jupiter.api.Test;

/** The service kit's Idempotency-Key handling on a write of project-service, with no code in the resource. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "project"))
class IdempotencyKeyIT {

    private static Response register(String code, String key) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("{\"code\":\"" + code + "\",\"name\":\"单位" + code + "\"}")
                .post("/api/units");
    }

    @Test
    void sameKeyRegistersTheUnitOnceAndAnswersTheSame201() {
        String code = "9" + (System.nanoTime() % 100_000);
        String key = UUID.randomUUID().toString();

        Response first = register(code, key);
        Response again = register(code, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).isEqualTo("/api/units/" + code);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Unit.count("code", code)))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", "unit:" + code)))
                .isEqualTo(1);

        try (TopicReader events = new TopicReader(PostgresKafkaResource.kafkaClient(), Topics.PROJECT_EVENTS)) {
            events.await(r -> r.key().equals("unit:" + code), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> forUnit = events.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> r.key().equals("unit:" + code))
                    .toList();
            assertThat(forUnit).hasSize(1);
        }
    }

    @Test
    void sameKeyForAnotherUnitIsAConflictAndWritesNothing() {
        String code = "7" + (System.nanoTime() % 100_000);
        String key = UUID.randomUUID().toString();
        register(code, key).then().statusCode(201);

        String other = "6" + (System.nanoTime() % 100_000);
        register(other, key).then().statusCode(409).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Unit.count("code", other)))
                .isZero();
    }
}
