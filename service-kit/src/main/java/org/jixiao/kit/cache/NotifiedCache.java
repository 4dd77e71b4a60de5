package org.jixiao.kit.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;

/**
 * Answers read by key, kept in memory for as long as PostgreSQL has not said that their rows changed. A trigger on the
 * rows' tables notifies a channel with the key at commit, and {@link ChangeListener} passes the key to
 * {@link #changed(long)}; a writer in the same process may also call it right after its commit. Answers are kept only
 * while the listener listens: without it, every read loads (docs/operations.md, "Cached reads").
 *
 * <p>A load that overlaps a change of its key is answered but not kept: each key's stripe counts changes, and the
 * answer is stored only if the count did not move while it was loaded, checked and stored atomically against the
 * eviction. So an answer older than a committed change is never served after that change has been told.
 */
public final class NotifiedCache<V> {
    private static final int STRIPES = 256;

    private final Cache<Long, V> answers;
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);
    private final AtomicLong resets = new AtomicLong();
    private volatile boolean listening;

    /** At most {@code maxWeight} in all, each answer weighing what {@code weigher} says (e.g. its characters). */
    public NotifiedCache(long maxWeight, ToIntFunction<V> weigher) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .<Long, V>weigher((key, value) -> weigher.applyAsInt(value))
                .recordStats()
                .build();
    }

    /** The kept answer for {@code key}, or {@code load}'s (null: nothing to answer, nothing kept). */
    public V get(long key, LongFunction<V> load) {
        V kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        int stripe = stripe(key);
        long changesBefore = changes.get(stripe);
        long resetsBefore = resets.get();
        V loaded = load.apply(key);
        if (loaded != null) {
            answers.asMap()
                    .compute(
                            key,
                            (k, previous) ->
                                    listening && changes.get(stripe) == changesBefore && resets.get() == resetsBefore
                                            ? loaded
                                            : previous);
        }
        return loaded;
    }

    /** The row(s) behind {@code key} changed: its answer is dropped, and loads under way are not kept. */
    public void changed(long key) {
        changes.incrementAndGet(stripe(key));
        answers.asMap().remove(key);
    }

    /** Changes may have been missed (e.g. the listener lost its connection): nothing kept is trusted any more. */
    public void forgetAll() {
        resets.incrementAndGet();
        answers.invalidateAll();
    }

    /**
     * Whether changes are being told; answers are kept only while they are. Either way, loads that began before are
     * not kept: they may have read rows whose changes nobody told.
     */
    void listening(boolean listening) {
        if (!listening) {
            this.listening = false;
        }
        forgetAll();
        this.listening = listening;
    }

    /** Reads answered from memory so far. */
    public long hits() {
        return answers.stats().hitCount();
    }

    /** Reads that had to load so far. */
    public long misses() {
        return answers.stats().missCount();
    }

    private static int stripe(long key) {
        return (int) (Long.hashCode(key * 0x9E3779B97F4A7C15L) & (STRIPES - 1));
    }
}
