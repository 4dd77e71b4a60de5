package org.jixiao.gateway.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The status stream ({@code GET /api/stream/status}); Kafka itself is found via {@code kafka.bootstrap.servers}. */
@ConfigMapping(prefix = "jixiao.stream")
public interface StreamConfig {

    /** Off only where no Kafka exists at all (the proxy's own tests); the stream then answers 503. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often an idle stream gets a {@code : heartbeat} comment, so clients and proxies in between see the
     * connection alive and a dead client is noticed by the failed write.
     */
    @WithDefault("15s")
    Duration heartbeat();

    /** The reconnect delay suggested to clients (SSE {@code retry:}). */
    @WithDefault("3s")
    Duration retry();

    /** Longest a Last-Event-ID replay may read from Kafka before the stream is ended (the client retries). */
    @WithDefault("10s")
    Duration replayTimeout();

    /**
     * Events held for one client that cannot keep up (or is still replaying). Past this the stream is ended: the
     * client reconnects with its Last-Event-ID and catches up from Kafka instead of from the gateway's memory.
     */
    @WithDefault("10000")
    int maxBacklog();
}
