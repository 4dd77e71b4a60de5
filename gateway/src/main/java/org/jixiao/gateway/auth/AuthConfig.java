package org.jixiao.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** API keys and the tokens they are exchanged for. */
@ConfigMapping(prefix = "jixiao.auth")
public interface AuthConfig {

    /** How long a token from {@code POST /api/auth/token} is valid; clients exchange their key again after. */
    @WithDefault("15m")
    Duration tokenTtl();

    /** How often the gateway reloads the revoked keys (revocations made through another gateway instance). */
    @WithDefault("30s")
    Duration revocationRefresh();
}
