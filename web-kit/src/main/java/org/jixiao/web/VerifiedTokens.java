package org.jixiao.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens whose signature was already checked, each kept until it expires, so that the RSA verification (most
 * of the CPU time of a small read, docs/benchmarks.md "Reads") runs once per token instead of once per request. A
 * token string that verified once verifies again until its {@code exp}: the key it was checked with does not change
 * while the process runs. Bounded: when full, expired entries go first and, if that is not enough, all of them (the
 * next request of each caller verifies its token once more).
 */
public final class VerifiedTokens<T> {
    private record Entry<T>(T value, long expiresAtSecond) {}

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier nowSecond;

    public VerifiedTokens(int capacity, LongSupplier nowSecond) {
        this.capacity = capacity;
        this.nowSecond = nowSecond;
    }

    public VerifiedTokens(int capacity) {
        this(capacity, () -> System.currentTimeMillis() / 1000);
    }

    /** What {@code token} verified to, or null when it was not seen or has expired since. */
    public T get(String token) {
        Entry<T> entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (nowSecond.getAsLong() >= entry.expiresAtSecond()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.value();
    }

    /** Keeps a verified token until {@code expiresAtSecond} (its {@code exp}, seconds since the epoch). */
    public void put(String token, T value, long expiresAtSecond) {
        if (expiresAtSecond <= nowSecond.getAsLong()) {
            return;
        }
        if (entries.size() >= capacity) {
            long now = nowSecond.getAsLong();
            entries.values().removeIf(e -> now >= e.expiresAtSecond());
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, new Entry<>(value, expiresAtSecond));
    }

    public int size() {
        return entries.size();
    }
}
