package org.jixiao.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.monitoring.ProgressAndStatusIT.TODAY;
import static org.jixiao.monitoring.ProgressAndStatusIT.projectWithIndicator;
import static org.jixiao.monitoring.ProgressAndStatusIT.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jixiao.testinfra.Await;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.PrometheusText;
import org.junit.jupiter.api.Test;

/** /q/metrics as Prometheus scrapes it: the intake's counters, the consumer lag and the deferred-refresh backlog. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class IntakeMetricsIT {

    private static final String ACCEPTED = "jixiao_progress_reports_accepted_total";
    private static final String CONSUMED = "jixiao_progress_reports_consumed_total";
    private static final String LAG = "jixiao_consumer_lag_records";
    private static final String PENDING = "jixiao_pending_refreshes";

    @Test
    void acceptedReportsAreCountedOnceEachThenConsumedAndTheLagReturnsToZero() {
        long indicatorId = projectWithIndicator("≥17台", "产出指标", "数量指标")[1];
        // Every series exists before the report; the sampled ones have a value once the first sample ran.
        Await.until(
                () -> {
                    String metrics = scrape();
                    return isNumber(value(metrics, LAG, Map.of("topic", "progress-events")))
                            && isNumber(value(metrics, LAG, Map.of("topic", "project-events")))
                            && isNumber(value(metrics, LAG, Map.of("topic", "indicator-events")))
                            && isNumber(value(metrics, PENDING, Map.of()))
                            && value(metrics, ACCEPTED, Map.of()).isPresent()
                            && value(metrics, CONSUMED, Map.of()).isPresent();
                },
                Duration.ofSeconds(30),
                "lag, backlog and intake series sampled");
        // Reports of earlier tests in this application may still be on their way: count from a quiet moment.
        double consumed = quietConsumedCount();
        double lagBefore = progressLag(scrape());
        double accepted = value(scrape(), ACCEPTED, Map.of()).orElseThrow();

        // One report, a batch of two, and one sent twice with the same Idempotency-Key (published once).
        post("/api/progress", report(indicatorId, TODAY, "9台"), null).then().statusCode(202);
        assertThat(value(scrape(), ACCEPTED, Map.of())).contains(accepted + 1);
        String batch = "[" + report(indicatorId, TODAY.minusDays(1), "8台") + ","
                + report(indicatorId, TODAY.minusDays(2), "7台") + "]";
        post("/api/progress/batch", batch, null).then().statusCode(202).body("count", equalTo(2));
        assertThat(value(scrape(), ACCEPTED, Map.of())).contains(accepted + 3);
        String key = UUID.randomUUID().toString();
        String keyed = report(indicatorId, TODAY.minusDays(3), "6台");
        post("/api/progress", keyed, key).then().statusCode(202);
        post("/api/progress", keyed, key).then().statusCode(202).header("Idempotent-Replayed", "true");
        // A rejected report is not accepted either.
        post("/api/progress", report(indicatorId, TODAY.plusDays(1), "9台"), null)
                .then()
                .statusCode(422);
        assertThat(value(scrape(), ACCEPTED, Map.of())).contains(accepted + 4);

        // Consumed once the consumer stored them and the next sample read the table; the lag of the topic they
        // travelled on is back to at most where it was once the consumer committed them. (Where it was need not be
        // zero: a
        // batch of an earlier test is a Kafka transaction, and its commit marker counts as one record of lag on its
        // partition until a later report there is consumed.)
        Await.until(
                () -> {
                    String metrics = scrape();
                    return value(metrics, CONSUMED, Map.of()).orElseThrow() == consumed + 4
                            && progressLag(metrics) <= lagBefore;
                },
                // A deadline, not a speed: a loaded machine may take long to consume and sample.
                Duration.ofSeconds(90),
                "the four reports counted as consumed and committed");
    }

    @Test
    void requestsAreTimedPerUriTemplateNotPerId() {
        given().get("/api/status/indicators/987654321").then().statusCode(404);

        String metrics = scrape();
        assertThat(value(
                        metrics,
                        "http_server_requests_seconds_count",
                        Map.of("uri", "/api/status/indicators/{id}", "method", "GET", "status", "404")))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1.0));
        // In no label set; a measured value may happen to contain the same digits.
        assertThat(metrics).doesNotContainPattern("\\{[^}]*987654321");
    }

    private static Response post(String path, String body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(path);
    }

    /**
     * The consumed count once it held still over two samples. (The lag is no sign here: after a batch, which is a
     * Kafka transaction, its commit marker counts as one record of lag until the next report is consumed.)
     */
    private static double quietConsumedCount() {
        double[] last = {-1};
        Await.until(
                () -> {
                    String metrics = scrape();
                    double now = value(metrics, CONSUMED, Map.of()).orElseThrow();
                    boolean still = now == last[0];
                    last[0] = now;
                    if (!still) {
                        Thread.sleep(2_500); // longer than the test profile's 1 s sample interval
                    }
                    return still;
                },
                Duration.ofSeconds(90),
                "earlier reports all consumed");
        return last[0];
    }

    private static double progressLag(String metrics) {
        return value(metrics, LAG, Map.of("topic", "progress-events", "group", "monitoring-service"))
                .orElseThrow();
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static Optional<Double> value(String metrics, String name, Map<String, String> labels) {
        return PrometheusText.value(metrics, name, labels);
    }

    private static boolean isNumber(Optional<Double> value) {
        return value.isPresent() && !value.get().isNaN();
    }
}
