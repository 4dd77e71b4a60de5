package org.jixiao.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import org.jixiao.testinfra.TestTokens;

/** The two steps of getting a token, as a client takes them: an admin creates a key, anyone exchanges it. */
public final class KeyExchange {
    private KeyExchange() {}

    /** A new reader key, created by the tests' default admin token. */
    public static String newReaderKey() {
        return newKey("{\"role\":\"reader\"}");
    }

    /** A new key as the JSON body describes it (role, unit codes, label), created by the default admin token. */
    public static String newKey(String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post("/api/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("apiKey");
    }

    /** {@code POST /api/auth/token} without a token of its own, as the exchange is meant to be called. */
    public static ValidatableResponse exchange(String apiKey) {
        return given().header("Authorization", TestTokens.NO_TOKEN)
                .contentType("application/json")
                .body("{\"apiKey\":\"" + apiKey + "\"}")
                .when()
                .post("/api/auth/token")
                .then();
    }
}
