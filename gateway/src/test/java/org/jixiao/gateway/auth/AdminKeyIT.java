package org.jixiao.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.jixiao.gateway.support.KeyExchange.exchange;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.testinfra.TestTokens;
import org.jixiao.web.ApiKeySecrets;
import org.junit.jupiter.api.Test;

/**
 * The operator's {@code JIXIAO_ADMIN_KEY}, as the gateway registers it at start-up: only a key of the generated form
 * is taken, naming a new one revokes the one before (its tokens stop working at once), and a revoked one never
 * comes back.
 */
@QuarkusTest
@WithTestResource(StubUpstreamsResource.class)
class AdminKeyIT {

    @Inject
    AdminKey adminKey;

    @Test
    void aWeakAdminKeyIsRefusedSayingWhatItMustBe() {
        assertThatThrownBy(() -> adminKey.register("jx_admin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JIXIAO_ADMIN_KEY is too weak")
                .hasMessageContaining("at least " + ApiKeySecrets.MIN_RANDOM_CHARACTERS + " characters");
        assertThatThrownBy(() -> adminKey.register("admin-" + "x".repeat(40)))
                .isInstanceOf(IllegalStateException.class);
        exchange("jx_admin").statusCode(401);
    }

    @Test
    void aNewAdminKeyRevokesThePreviousOneAndARevokedOneIsNeverTakenBack() {
        String before = ApiKeySecrets.generate();
        String after = ApiKeySecrets.generate();

        adminKey.register(before);
        String token = exchange(before)
                .statusCode(200)
                .body("role", equalTo("admin"))
                .extract()
                .path("token");
        given().header("Authorization", TestTokens.bearer(token))
                .when()
                .get("/api/keys")
                .then()
                .statusCode(200);
        // A restart with the same key changes nothing.
        adminKey.register(before);
        exchange(before).statusCode(200);

        adminKey.register(after);
        exchange(after).statusCode(200).body("role", equalTo("admin"));
        exchange(before).statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(token))
                .when()
                .get("/api/keys")
                .then()
                .statusCode(401)
                .body("detail", equalTo("the API key of this token has been revoked"));
        assertThatThrownBy(() -> adminKey.register(before))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revoked");
    }
}
