package org.jixiao.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code idempotency_key} table. Every call is its own short transaction, independent of the request's: a key is
 * claimed before the write runs and its answer stored after the write committed. The database clock decides expiry,
 * so instances with skewed clocks agree.
 */
@ApplicationScoped
public class IdempotencyStore {
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;
    private final IdempotencyConfig config;

    IdempotencyStore(EntityManager em, ObjectMapper json, IdempotencyConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /**
     * Takes the key for this request: true if it was free, expired, or held by a request abandoned longer than the
     * in-progress timeout. Atomic, so of two concurrent requests with the same key exactly one wins.
     */
    public boolean claim(String key, String requestHash, String method, String path) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        INSERT INTO idempotency_key AS k (key, request_hash, request_method, request_path)
                        VALUES (:key, :hash, :method, :path)
                        ON CONFLICT (key) DO UPDATE
                           SET request_hash = EXCLUDED.request_hash, request_method = EXCLUDED.request_method,
                               request_path = EXCLUDED.request_path, status = NULL, content_type = NULL,
                               response_headers = NULL, response_body = NULL, created_at = now(), completed_at = NULL
                         WHERE k.created_at < now() - :ttl * interval '1 second'
                            OR (k.status IS NULL AND k.created_at < now() - :abandoned * interval '1 second')
                        """)
                                .setParameter("key", key)
                                .setParameter("hash", requestHash)
                                .setParameter("method", method)
                                .setParameter("path", path)
                                .setParameter("ttl", config.ttl().toSeconds())
                                .setParameter(
                                        "abandoned", config.inProgressTimeout().toSeconds())
                                .executeUpdate()
                        == 1);
    }

    public Optional<KeyRecord> find(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery("""
                    SELECT request_hash, status, content_type, response_headers, response_body
                      FROM idempotency_key WHERE key = :key
                    """).setParameter("key", key).getResultList();
            return rows.stream().findFirst().map(this::toRecord);
        });
    }

    /** Records the final answer of the request holding the key. */
    public void complete(String key, StoredAnswer answer) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                UPDATE idempotency_key
                   SET status = :status, content_type = :type, response_headers = :headers, response_body = :body,
                       completed_at = now()
                 WHERE key = :key AND status IS NULL
                """)
                        .setParameter("status", answer.status())
                        .setParameter("type", answer.contentType())
                        .setParameter("headers", write(answer.headers()))
                        .setParameter("body", answer.body())
                        .setParameter("key", key)
                        .executeUpdate());
    }

    /** Frees the key of a request whose answer is not final (5xx), so a retry executes. */
    public void release(String key) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM idempotency_key WHERE key = :key AND status IS NULL")
                        .setParameter("key", key)
                        .executeUpdate());
    }

    /** Deletes keys older than the time to live; returns how many. */
    public int deleteExpired() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "DELETE FROM idempotency_key WHERE created_at < now() - :ttl * interval '1 second'")
                        .setParameter("ttl", config.ttl().toSeconds())
                        .executeUpdate());
    }

    private KeyRecord toRecord(Object[] row) {
        String hash = (String) row[0];
        if (row[1] == null) {
            return new KeyRecord(hash, null);
        }
        int status = ((Number) row[1]).intValue();
        Map<String, String> headers = row[3] == null ? Map.of() : read((String) row[3]);
        return new KeyRecord(hash, new StoredAnswer(status, (String) row[2], headers, (byte[]) row[4]));
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response headers cannot be written as JSON", e);
        }
    }

    private Map<String, String> read(String headers) {
        try {
            return json.readValue(headers, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response headers are not JSON", e);
        }
    }
}
