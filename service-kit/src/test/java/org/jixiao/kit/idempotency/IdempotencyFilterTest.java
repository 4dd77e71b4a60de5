package org.jixiao.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.IOThreadDetector;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.kit.problem.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter's decisions with the key store in memory and the request and response as JAX-RS presents them. */
class IdempotencyFilterTest {
    private static final String BODY = "{\"name\":\"信息化运维\"}";

    private final MemoryStore store = new MemoryStore();
    private final IdempotencyFilter filter =
            new IdempotencyFilter(store, new AnswerCapture(new ObjectMapper()), caller("key-unit-1"));

    @BeforeAll
    static void workerThread() {
        // As on the worker thread a blocking endpoint runs on (Quarkus registers its detectors at start).
        BlockingOperationControl.setIoThreadDetector(new IOThreadDetector[] {() -> false});
    }

    @Test
    void aKeyOnANonBlockingEndpointIsIgnoredRatherThanBlockingTheEventLoop() {
        BlockingOperationControl.setIoThreadDetector(new IOThreadDetector[] {() -> true});
        try {
            assertThat(filter.claimOrReplay(request("POST", "/api/projects", "k1", BODY)))
                    .isEmpty();
            assertThat(store.keys).isEmpty();
        } finally {
            workerThread();
        }
    }

    @Test
    void requestsWithoutTheHeaderOrThatAreNoWritesUnderApiAreUntouched() {
        assertThat(filter.claimOrReplay(request("POST", "/api/projects", null, BODY)))
                .isEmpty();
        assertThat(filter.claimOrReplay(request("GET", "/api/projects", "k1", "")))
                .isEmpty();
        assertThat(filter.claimOrReplay(request("POST", "/q/health", "k1", ""))).isEmpty();
        assertThat(store.keys).isEmpty();
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() {
        assertThatThrownBy(() -> filter.claimOrReplay(request("POST", "/api/projects", "has space", BODY)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("Idempotency-Key");
                });
        assertThat(store.keys).isEmpty();
    }

    @Test
    void theFirstRequestClaimsTheKeyPerCallerAndStillGetsItsBody() throws Exception {
        ContainerRequestContext first = request("POST", "/api/projects", "k1", BODY);

        assertThat(filter.claimOrReplay(first)).isEmpty();

        assertThat(store.keys).containsOnlyKeys("key-unit-1/k1");
        assertThat(new String(first.getEntityStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(BODY);
    }

    @Test
    void aRepeatAfterTheAnswerIsStoredGetsThatAnswerReplayed() {
        ContainerRequestContext first = request("POST", "/api/projects", "k1", BODY);
        filter.claimOrReplay(first);
        filter.storeAnswer(first, response(201, Map.of("id", 16), Map.of("Location", "/api/projects/16")));

        Optional<Response> replay = filter.claimOrReplay(request("POST", "/api/projects", "k1", BODY));

        assertThat(replay).isPresent();
        Response answer = replay.get();
        assertThat(answer.getStatus()).isEqualTo(201);
        assertThat(answer.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(answer.getHeaderString("Location")).isEqualTo("/api/projects/16");
        assertThat(new String((byte[]) answer.getEntity(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":16}");
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIsA409WithRetryAfter() {
        filter.claimOrReplay(request("POST", "/api/projects", "k1", BODY));

        assertThatThrownBy(() -> filter.claimOrReplay(request("POST", "/api/projects", "k1", BODY)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.headers()).containsEntry("Retry-After", "1");
                });
    }

    @Test
    void anotherRequestUnderTheSameKeyIsA409() {
        ContainerRequestContext first = request("POST", "/api/projects", "k1", BODY);
        filter.claimOrReplay(first);
        filter.storeAnswer(first, response(201, Map.of("id", 16), Map.of()));

        assertThatThrownBy(() -> filter.claimOrReplay(request("POST", "/api/projects", "k1", "{\"name\":\"other\"}")))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void anAnswerThatIsNotFinalFreesTheKeySoTheRetryExecutes() {
        ContainerRequestContext first = request("POST", "/api/projects", "k1", BODY);
        filter.claimOrReplay(first);

        filter.storeAnswer(first, response(503, Map.of("title", "Service Unavailable"), Map.of()));

        assertThat(store.keys).isEmpty();
        assertThat(filter.claimOrReplay(request("POST", "/api/projects", "k1", BODY)))
                .isEmpty();
        assertThat(store.keys).containsOnlyKeys("key-unit-1/k1");
    }

    @Test
    void anotherCallerUsingTheSameKeyIsNeitherRefusedNorReplayed() {
        ContainerRequestContext first = request("POST", "/api/projects", "k1", BODY);
        filter.claimOrReplay(first);
        filter.storeAnswer(first, response(201, Map.of("id", 16), Map.of()));
        IdempotencyFilter otherCaller =
                new IdempotencyFilter(store, new AnswerCapture(new ObjectMapper()), caller("key-unit-2"));

        assertThat(otherCaller.claimOrReplay(request("POST", "/api/projects", "k1", BODY)))
                .isEmpty();
        assertThat(store.keys).containsOnlyKeys("key-unit-1/k1", "key-unit-2/k1");
    }

    private static SecurityIdentity caller(String name) {
        SecurityIdentity identity = mock(SecurityIdentity.class);
        Principal principal = () -> name;
        when(identity.isAnonymous()).thenReturn(false);
        when(identity.getPrincipal()).thenReturn(principal);
        return identity;
    }

    private static ContainerRequestContext request(String method, String path, String key, String body) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(URI.create("http://127.0.0.1:8081" + path));
        when(request.getUriInfo()).thenReturn(uri);
        when(request.getMethod()).thenReturn(method);
        when(request.getHeaderString(IdempotencyFilter.HEADER)).thenReturn(key);
        when(request.getHeaderString("Content-Type")).thenReturn(MediaType.APPLICATION_JSON);
        InputStream[] entity = {new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))};
        when(request.getEntityStream()).thenAnswer(i -> entity[0]);
        doAnswer(i -> entity[0] = i.getArgument(0)).when(request).setEntityStream(any());
        Map<String, Object> properties = new HashMap<>();
        when(request.getProperty(anyString())).thenAnswer(i -> properties.get(i.<String>getArgument(0)));
        doAnswer(i -> properties.put(i.getArgument(0), i.getArgument(1)))
                .when(request)
                .setProperty(anyString(), any());
        doAnswer(i -> properties.remove(i.<String>getArgument(0))).when(request).removeProperty(anyString());
        return request;
    }

    private static ContainerResponseContext response(int status, Object entity, Map<String, String> headers) {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getStatus()).thenReturn(status);
        when(response.getEntity()).thenReturn(entity);
        when(response.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
        when(response.getHeaderString(anyString())).thenAnswer(i -> headers.get(i.<String>getArgument(0)));
        return response;
    }

    /** idempotency_key in memory, with the same claim rule as the table: free keys only. */
    private static final class MemoryStore extends IdempotencyStore {
        final Map<String, KeyRecord> keys = new HashMap<>();

        MemoryStore() {
            super(null, null, null);
        }

        @Override
        public boolean claim(String key, String requestHash, String method, String path) {
            return keys.putIfAbsent(key, new KeyRecord(requestHash, null)) == null;
        }

        @Override
        public Optional<KeyRecord> find(String key) {
            return Optional.ofNullable(keys.get(key));
        }

        @Override
        public void complete(String key, StoredAnswer answer) {
            keys.computeIfPresent(key, (k, record) -> new KeyRecord(record.requestHash(), answer));
        }

        @Override
        public void release(String key) {
            keys.computeIfPresent(key, (k, record) -> record.inProgress() ? null : record);
        }
    }
}
