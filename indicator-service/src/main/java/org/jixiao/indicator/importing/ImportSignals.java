package org.jixiao.indicator.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes the requests waiting for an import as soon as its completion has committed in this instance, so they need
 * not poll the database every few milliseconds. Completions handled by another instance are still found by the
 * waiters' occasional re-check.
 */
@ApplicationScoped
class ImportSignals {
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Fired inside the transaction that completes or rejects an import. */
    record Finished(String importId) {}

    /** Registers interest before the caller's first look at the job, so no completion can slip in between. */
    CompletableFuture<Void> watch(String importId) {
        return waiting.computeIfAbsent(importId, id -> new CompletableFuture<>());
    }

    void forget(String importId, CompletableFuture<Void> signal) {
        waiting.remove(importId, signal);
    }

    void onFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) Finished finished) {
        CompletableFuture<Void> signal = waiting.remove(finished.importId());
        if (signal != null) {
            signal.complete(null);
        }
    }
}
