package org.jixiao.monitoring.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the consumers re-evaluate the project an event touched. */
@ConfigMapping(prefix = "jixiao.evaluation")
public interface EvaluationConfig {
    /**
     * false (live): a progress report or a budget execution re-evaluates its project at once, so its status event
     * names it. true (rebuild): the consumers only mark the project and the deferred pass re-evaluates each marked
     * project once per burst, so replaying a year of reports stays linear and all evaluation runs on one thread.
     */
    @WithDefault("false")
    boolean deferred();
}
