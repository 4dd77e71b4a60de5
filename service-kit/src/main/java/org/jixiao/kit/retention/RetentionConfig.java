package org.jixiao.kit.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code jixiao.retention.*}: how long relayed outbox rows and processed event ids are kept, and how they go. */
@ConfigMapping(prefix = "jixiao.retention")
public interface RetentionConfig {
    /**
     * How long a published outbox row and a processed event id are kept. An id must outlive every redelivery of its
     * event (a consumer restart or rebalance redelivers within minutes), or the redelivered event would be applied
     * again; a week is far beyond that and leaves the outbox readable for diagnosis.
     */
    @WithDefault("P7D")
    Duration keep();

    /** Rows deleted per statement: each batch is its own short transaction, so no lock is held for long. */
    @WithDefault("1000")
    int batchSize();

    /** How often old rows are deleted (read by the scheduler as {@code ${jixiao.retention.every}}); "off" disables. */
    @WithDefault("1h")
    String every();
}
