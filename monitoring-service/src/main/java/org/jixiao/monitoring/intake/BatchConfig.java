package org.jixiao.monitoring.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code jixiao.progress.batch.*}: limits and Kafka identity of {@code POST /api/progress/batch}. */
@ConfigMapping(prefix = "jixiao.progress.batch")
public interface BatchConfig {
    /** Most reports one batch may hold; a larger batch is refused with 413 before anything is validated. */
    @WithDefault("10000")
    int maxRows();

    /**
     * The Kafka {@code transactional.id} of this instance's batch producer; unique per instance. Default: the
     * application name plus a random suffix per start. A stable id (e.g. the pod name) lets a restarted instance
     * abort its predecessor's unfinished batch at once instead of after the transaction timeout.
     */
    Optional<String> transactionalId();
}
