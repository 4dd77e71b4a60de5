package org.jixiao.gateway.docs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway builds its merged {@code /q/openapi}. */
@ConfigMapping(prefix = "jixiao.openapi")
public interface OpenApiMergeConfig {

    /** Longest wait for one service's document; a slower service is left out and named in the description. */
    @WithDefault("3s")
    Duration fetchTimeout();

    /**
     * How long a merged document is served before the services are asked again. {@code /q/openapi} is open to
     * anyone, so without it every anonymous request would cost three upstream fetches; 0 merges on every request.
     */
    @WithDefault("10s")
    Duration cacheTtl();
}
