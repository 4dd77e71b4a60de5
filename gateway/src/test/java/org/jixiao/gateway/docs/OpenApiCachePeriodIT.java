package org.jixiao.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jixiao.gateway.support.InjectStubUpstreams;
import org.jixiao.gateway.support.StubUpstreams;
import org.jixiao.gateway.support.StubUpstreamsResource;
import org.junit.jupiter.api.Test;

/**
 * The merged {@code /q/openapi} is kept for {@code jixiao.openapi.cache-ttl} and then merged anew (docs/security.md):
 * anonymous requests within the period cost each service one fetch of its document, however many they are and even
 * while that fetch is under way; the first request after the period fetches again. The period is short here so the
 * test waits for it to pass; the count is taken at the stub services.
 */
@QuarkusTest
@TestProfile(OpenApiCachePeriodIT.ShortCachePeriod.class)
@WithTestResource(StubUpstreamsResource.class)
class OpenApiCachePeriodIT {
    private static final Duration PERIOD = Duration.ofSeconds(3);
    private static final int BURST = 20;

    /** The gateway with a cache period of {@link #PERIOD} instead of the 10 s it runs with. */
    public static class ShortCachePeriod implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jixiao.openapi.cache-ttl", PERIOD.toSeconds() + "s");
        }
    }

    @InjectStubUpstreams
    StubUpstreams stubs;

    @TestHTTPResource("/q/openapi")
    URI openapi;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void requestsWithinThePeriodShareOneFetchPerServiceAndTheFirstAfterItFetchesAgain() throws Exception {
        List<Integer> before = fetches();

        // The period starts when the first of these asks for the document, not before `started`.
        long started = System.nanoTime();
        burst();
        long answered = System.nanoTime();
        assertThat(Duration.ofNanos(answered - started))
                .as("the burst was answered within the period, else it may rightly have fetched twice")
                .isLessThan(PERIOD);
        assertThat(fetchesSince(before)).as("fetches per service").containsExactly(1, 1, 1);

        // The period started before the burst was answered, so it is over once PERIOD has passed since then.
        Thread.sleep(Math.max(0, PERIOD.plusMillis(200).toMillis() - (System.nanoTime() - answered) / 1_000_000));
        assertThat(get(openapi + "?format=json").statusCode()).isEqualTo(200);
        assertThat(fetchesSince(before)).as("fetches per service").containsExactly(2, 2, 2);

        // The document fetched anew is kept in turn.
        burst();
        assertThat(fetchesSince(before)).as("fetches per service").containsExactly(2, 2, 2);
    }

    /** {@link #BURST} anonymous requests at once, in both formats; every one gets the merged document. */
    private void burst() {
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, BURST)
                .mapToObj(i -> client.sendAsync(
                        request(openapi + (i % 2 == 0 ? "?format=json" : "?format=yaml")),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("jixiao gateway").contains("/api/indicators/{id}");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(request(url), HttpResponse.BodyHandlers.ofString());
    }

    /** No Authorization header: the document is open to anyone. */
    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    private List<Integer> fetches() {
        return List.of(
                stubs.project().openApiRequests(),
                stubs.indicator().openApiRequests(),
                stubs.monitoring().openApiRequests());
    }

    private List<Integer> fetchesSince(List<Integer> before) {
        List<Integer> now = fetches();
        return IntStream.range(0, now.size())
                .mapToObj(i -> now.get(i) - before.get(i))
                .toList();
    }
}
