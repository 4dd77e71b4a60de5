package org.jixiao.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.MDC;
import org.jixiao.kit.observability.RequestIdLogging;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request id the gateway forwards is on every log line the service writes for that request, and echoed back. */
@QuarkusTest
@QuarkusTestResource(
        value = PostgresKafkaResource.class,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "project"))
class RequestIdIT {
    static final String PROBE_LOGGER = "org.jixiao.project.probe";

    /** A resource of this test only: it writes one log line while handling a request. */
    @Path("/api/request-id-probe")
    public static class LoggingProbe {
        @GET
        @Operation(hidden = true) // not part of the API
        public String probe() {
            org.jboss.logging.Logger.getLogger(PROBE_LOGGER).info("handling the probe");
            return "ok";
        }
    }

    /** The request id each log line of the probe was written with. */
    final List<Object> loggedIds = new CopyOnWriteArrayList<>();

    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            loggedIds.add(String.valueOf(MDC.get(RequestIdLogging.MDC_KEY)));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(PROBE_LOGGER).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(PROBE_LOGGER).removeHandler(capture);
    }

    @Test
    void theForwardedIdIsOnTheLogLineAndInTheAnswer() {
        given().header("X-Request-Id", "gw-7f3a.42")
                .get("/api/request-id-probe")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("gw-7f3a.42"));
        assertThat(loggedIds).containsExactly("gw-7f3a.42");
    }

    @Test
    void aDirectCallWithoutOneGetsAFreshId() {
        String id = given().get("/api/request-id-probe")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract()
                .header("X-Request-Id");
        assertThat(loggedIds).containsExactly(id);
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        String id = given().header("X-Request-Id", "evil id with spaces")
                .get("/api/request-id-probe")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(loggedIds).containsExactly(id);
    }
}
