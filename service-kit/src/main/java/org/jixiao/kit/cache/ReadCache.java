package org.jixiao.kit.cache;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;

/**
 * A service's cache of reads by id ({@link NotifiedCache}) together with the {@link ChangeListener} that keeps it
 * true and the counter of its hits and misses: what a service wires to its start and stop (docs/operations.md,
 * "Cached reads").
 */
public final class ReadCache<V> implements AutoCloseable {
    private final DataSource dataSource;
    private final String channel;
    private final NotifiedCache<V> answers;
    private final boolean enabled;
    private ChangeListener listener;

    /**
     * Answers weighing {@code maxBytes} in all ({@code 0}: nothing kept), dropped when {@code channel} tells their key;
     * hits and misses counted as {@code meter} in {@code registry}, described as {@code reads} (e.g. "Status reads").
     */
    public ReadCache(
            DataSource dataSource,
            String channel,
            long maxBytes,
            ToIntFunction<V> weigher,
            MeterRegistry registry,
            String meter,
            String reads) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.enabled = maxBytes > 0;
        this.answers = new NotifiedCache<>(Math.max(maxBytes, 1), weigher);
        CacheMeters.register(registry, meter, reads, answers);
    }

    /** Starts listening (once the service runs); until then, and when disabled, every read loads. */
    public void listen() {
        if (enabled && listener == null) {
            listener = new ChangeListener(dataSource, Map.of(channel, answers));
        }
    }

    /** The kept answer for {@code key}, or {@code load}'s (see {@link NotifiedCache#get}). */
    public V get(long key, LongFunction<V> load) {
        return answers.get(key, load);
    }

    /** This process changed the rows behind {@code key}, and its transaction has ended. */
    public void changed(long key) {
        answers.changed(key);
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
    }
}
