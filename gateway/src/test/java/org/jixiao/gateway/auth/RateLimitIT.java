package org.jixiao.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.jixiao.gateway.support.KeyExchange.exchange;
import static org.jixiao.gateway.support.KeyExchange.newReaderKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.gateway.support.TightLimits;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Limits are per key: one key over its write limit gets 429, another key and reads go on. The token exchange, which
 * needs no token, is limited per API key and per client address.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
@WithTestResource(StubUpstreamsResource.class)
class RateLimitIT {

    /** A write (a progress report) with the token. */
    private static ValidatableResponse write(String token) {
        return given().header("Authorization", TestTokens.bearer(token))
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/progress")
                .then();
    }

    @Test
    void aKeyOverItsWriteLimitGets429WithRetryAfterWhileOtherKeysAndReadsGoOn() {
        String busy = TestTokens.unit("573301");
        for (int i = 0; i < 3; i++) {
            write(busy).statusCode(200);
        }
        String retryAfter = write(busy)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Too Many Requests"))
                .extract()
                .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);

        given().header("Authorization", TestTokens.bearer(busy))
                .when()
                .get("/api/status/projects/1")
                .then()
                .statusCode(200);
        write(TestTokens.unit("302101")).statusCode(200);
    }

    @Test
    void tokenExchangesAreLimitedPerKeyAndThenPerClientAddress() {
        String first = newReaderKey();
        String second = newReaderKey();
        exchange(first).statusCode(200);
        exchange(first).statusCode(200);
        String retryAfter = exchange(first)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", startsWith("this API key was exchanged too often"))
                .extract()
                .header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);

        // Another key goes on, until this address has used its five exchanges (three above, two here).
        exchange(second).statusCode(200);
        exchange(second).statusCode(200);
        exchange(second)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", startsWith("this address exchanges API keys too often"));
    }
}
