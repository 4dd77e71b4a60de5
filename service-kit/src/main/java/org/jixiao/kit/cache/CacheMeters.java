package org.jixiao.kit.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/** A cache's hits and misses as one counter tagged {@code result=hit|miss}, e.g. {@code <name>_total} in /q/metrics. */
public final class CacheMeters {
    private CacheMeters() {}

    /** Counts {@code reads} (e.g. "status reads") answered from memory and loaded, under {@code name}. */
    public static void register(MeterRegistry registry, String name, String reads, NotifiedCache<?> cache) {
        FunctionCounter.builder(name, cache, NotifiedCache::hits)
                .description(reads + " answered from memory")
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder(name, cache, NotifiedCache::misses)
                .description(reads + " that loaded their answer from the database")
                .tag("result", "miss")
                .register(registry);
    }
}
