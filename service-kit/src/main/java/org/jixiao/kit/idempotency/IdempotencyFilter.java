package org.jixiao.kit.idempotency;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemTitles;

/**
 * Makes every POST, PUT, PATCH and DELETE under {@code /api/} honour an {@code Idempotency-Key} header, with no code
 * in the resources: the first request with a key claims it and runs; its final answer is stored; a repeat with the
 * same request gets that answer again (marked {@code Idempotent-Replayed: true}); a different request under the same
 * key, or a repeat while the first still runs, gets 409. Requests without the header are untouched.
 */
public class IdempotencyFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final int CLAIM_ATTEMPTS = 3;

    private final IdempotencyStore store;
    private final AnswerCapture capture;

    private final SecurityIdentity caller;

    IdempotencyFilter(IdempotencyStore store, AnswerCapture capture, SecurityIdentity caller) {
        this.store = store;
        this.capture = capture;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Optional<Response> claimOrReplay(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        URI uri = request.getUriInfo().getRequestUri();
        if (key == null
                || !WRITES.contains(request.getMethod())
                || !uri.getRawPath().startsWith("/api/")) {
            return Optional.empty();
        }
        if (!KeyDecision.wellFormed(key)) {
            throw new ProblemException(
                    400,
                    ProblemTitles.BAD_REQUEST,
                    HEADER + " must be 1 to " + KeyDecision.MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID",
                    List.of(new Problem.Violation(HEADER, "is malformed")),
                    Map.of());
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            // Every write endpoint of the services is blocking; a non-blocking one would need its own handling.
            LOG.warnf("%s ignored on non-blocking endpoint %s %s", HEADER, request.getMethod(), uri.getRawPath());
            return Optional.empty();
        }
        key = KeyDecision.storedKey(
                caller.isAnonymous() ? null : caller.getPrincipal().getName(), key);
        String hash = RequestFingerprint.of(
                request.getMethod(),
                uri.getRawPath(),
                uri.getRawQuery(),
                request.getHeaderString("Content-Type"),
                bufferBody(request));
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (store.claim(key, hash, request.getMethod(), uri.getRawPath())) {
                request.setProperty(CLAIMED, key);
                return Optional.empty();
            }
            Optional<KeyRecord> existing = store.find(key);
            if (existing.isPresent()) {
                return Optional.of(answerFor(hash, existing.get()));
            }
            // The key was freed between the two statements (its request failed, or it expired): claim again.
        }
        throw ProblemException.unavailable("the " + HEADER + " could not be claimed; retry", 1);
    }

    @ServerResponseFilter
    public void storeAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(CLAIMED);
        if (key == null) {
            return;
        }
        request.removeProperty(CLAIMED);
        try {
            Optional<StoredAnswer> answer =
                    KeyDecision.storable(response.getStatus()) ? capture.of(response) : Optional.empty();
            if (answer.isPresent()) {
                store.complete((String) key, answer.get());
            } else {
                store.release((String) key);
            }
        } catch (RuntimeException e) {
            // The write itself is done and its answer goes out; failing it now would invite a duplicate retry.
            LOG.errorf(e, "answer for %s %s not stored; the key stays claimed until it is abandoned", HEADER, key);
        }
    }

    private static Response answerFor(String hash, KeyRecord existing) {
        return switch (KeyDecision.decide(hash, existing)) {
            case REPLAY -> replay(existing.answer());
            case IN_PROGRESS ->
                throw new ProblemException(
                        409,
                        "Conflict",
                        "a request with this " + HEADER + " is still in progress; retry shortly",
                        List.of(),
                        Map.of("Retry-After", "1"));
            case DIFFERENT_REQUEST ->
                throw ProblemException.conflict(
                        "this " + HEADER + " was used for a different request; use a new key for a new request");
        };
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        answer.headers().forEach(response::header);
        if (answer.body().length > 0) {
            response.entity(answer.body()).type(answer.contentType());
        }
        return response.build();
    }

    /** Reads the body once for the fingerprint and puts it back for the endpoint. */
    private static byte[] bufferBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }
}
