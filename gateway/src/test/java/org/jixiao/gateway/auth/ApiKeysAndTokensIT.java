package org.jixiao.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.jixiao.gateway.support.KeyExchange;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.PostgresKafkaResource;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/** API keys through their whole life: created by an admin, exchanged for a token, used, revoked. */
@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class ApiKeysAndTokensIT {

    @Test
    void withoutATokenEveryApiRequestIs401ProblemButHealthStaysOpen() {
        given().header("Authorization", TestTokens.NO_TOKEN)
                .when()
                .get("/api/projects")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unauthorized"))
                .body("detail", startsWith("a bearer token is required"));
        given().header("Authorization", "Bearer not.a.token")
                .when()
                .get("/api/projects")
                .then()
                .statusCode(401)
                .body("detail", startsWith("the token is invalid or expired"));
        given().header("Authorization", TestTokens.NO_TOKEN)
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200);
    }

    @Test
    void keysAreCreatedExchangedForTokensForwardedUpstreamAndRevoked() {
        given().contentType(ContentType.JSON)
                .body("{\"role\":\"unit\",\"unitCodes\":[\"573301\"],\"label\":\"tianjin clerk\"}")
                .when()
                .post("/api/keys")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/keys/"))
                .body("role", equalTo("unit"))
                .body("unitCodes", equalTo(java.util.List.of("573301")))
                .body("apiKey", startsWith("jx_"));

        String created = KeyExchange.newReaderKey();
        String token = KeyExchange.exchange(created)
                .statusCode(200)
                .body("role", equalTo("reader"))
                .body("expiresAt", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("token");

        // The gateway forwards the token unchanged: the services verify it themselves.
        given().header("Authorization", TestTokens.bearer(token))
                .when()
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("service", equalTo("project-service"))
                .body("authorization", equalTo("Bearer " + token));

        given().when().get("/api/keys").then().statusCode(200).body("items.label", hasItem("tianjin clerk"));

        String readerId = keyIdOf(token);
        given().when().delete("/api/keys/" + readerId).then().statusCode(204);
        given().header("Authorization", TestTokens.bearer(token))
                .when()
                .get("/api/projects")
                .then()
                .statusCode(401)
                .body("detail", equalTo("the API key of this token has been revoked"));
        KeyExchange.exchange(created).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsManageKeysAndBadRequestsNameTheField() {
        given().header("Authorization", TestTokens.bearer(TestTokens.reader()))
                .contentType(ContentType.JSON)
                .body("{\"role\":\"admin\"}")
                .when()
                .post("/api/keys")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.unit("573301")))
                .when()
                .delete("/api/keys/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"role\":\"unit\",\"unitCodes\":[]}")
                .when()
                .post("/api/keys")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("unitCodes"));
        given().contentType(ContentType.JSON)
                .body("{\"role\":\"owner\"}")
                .when()
                .post("/api/keys")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("role"));
        given().when().delete("/api/keys/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", TestTokens.NO_TOKEN)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/auth/token")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("apiKey"));
    }

    @Test
    void keysAreStoredHashedNeverInClear() throws Exception {
        String secret = KeyExchange.newKey("{\"role\":\"reader\",\"label\":\"hash check\"}");
        try (Connection db = database();
                ResultSet rows =
                        db.createStatement().executeQuery("SELECT * FROM api_key WHERE label = 'hash check'")) {
            assertThat(rows.next()).isTrue();
            int columns = rows.getMetaData().getColumnCount();
            for (int c = 1; c <= columns; c++) {
                assertThat(rows.getString(c))
                        .as(rows.getMetaData().getColumnName(c))
                        .isNotEqualTo(secret);
            }
            assertThat(rows.getString("secret_hash")).isEqualTo(KeySecrets.hash(secret));
        }
    }

    private static String keyIdOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return new io.vertx.core.json.JsonObject(payload).getString("sub");
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + PostgresKafkaResource.postgresPort() + "/gateway",
                "postgres",
                "postgres");
    }
}
