package org.jixiao.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.jixiao.gateway.support.TightLimits;
import org.jixiao.testinfra.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The merged {@code /q/openapi} is kept for {@code jixiao.openapi.cache-ttl} (docs/security.md): anonymous callers
 * asking for it again and again make the gateway fetch each service's document once, not once per request.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
@WithTestResource(StubUpstreamsResource.class)
class CachedOpenApiIT {

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void repeatedRequestsShareOneMergeOfTheServicesDocuments() {
        for (int i = 0; i < 20; i++) {
            given().header("Authorization", TestTokens.NO_TOKEN)
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .body("info.title", equalTo("jixiao gateway"));
        }
        assertThat(stubs.project().openApiRequests()).isEqualTo(1);
        assertThat(stubs.indicator().openApiRequests()).isEqualTo(1);
        assertThat(stubs.monitoring().openApiRequests()).isEqualTo(1);
    }
}
