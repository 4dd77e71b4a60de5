package org.jixiao.kit.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code jixiao.idempotency.*}: how long keys live and when an unfinished request counts as abandoned. */
@ConfigMapping(prefix = "jixiao.idempotency")
public interface IdempotencyConfig {
    /** How long a key and its answer are kept; afterwards the key may be used again for anything. */
    @WithDefault("PT24H")
    Duration ttl();

    /**
     * A request that claimed a key but never finished (its instance died) blocks the key for this long, answering
     * 409 to repeats; afterwards a repeat executes. Far longer than any write takes.
     */
    @WithDefault("PT10M")
    Duration inProgressTimeout();

    /** How often expired keys are deleted (read by the scheduler as {@code ${jixiao.idempotency.cleanup-every}}). */
    @WithDefault("1h")
    String cleanupEvery();
}
