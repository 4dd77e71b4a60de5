package org.jixiao.gateway.support;

import java.util.Map;
import org.jixiao.testinfra.PostgresKafkaResource;

/** The gateway's real database (from the shared test PostgreSQL) for tests whose upstreams are stubs. */
final class GatewayDatabase {
    private GatewayDatabase() {}

    static Map<String, String> start() {
        PostgresKafkaResource infra = new PostgresKafkaResource();
        infra.init(Map.of("database", "gateway"));
        return infra.start();
    }
}
