package org.jixiao.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the gateway lets through to a service as a request body. */
@ConfigMapping(prefix = "jixiao.gateway")
public interface BodyLimitConfig {

    /**
     * Largest body passed on (10M, as the services' own {@code jixiao.http.max-body-size}, so a workbook or Word
     * import the services accept passes). Larger ones get 413 before they reach a service: at once when
     * Content-Length says so, otherwise as soon as a streamed (chunked) body grows past it. Quarkus's own
     * {@code quarkus.http.limits.max-body-size} must stay above it, or its bare 413 answers first.
     */
    @WithDefault("10M")
    MemorySize maxBodySize();
}
