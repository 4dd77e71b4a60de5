package org.jixiao.kit.idempotency;

/** What is known about a key: the fingerprint of the request that claimed it and, once it finished, its answer. */
public record KeyRecord(String requestHash, StoredAnswer answer) {
    public boolean inProgress() {
        return answer == null;
    }
}
