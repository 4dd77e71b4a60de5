package org.jixiao.web;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The shape of an API key secret, shared by the gateway (keys an admin creates) and the local stack (the first admin
 * key it generates): {@code jx_}, recognisable in logs and by secret scanners, then 256 random bits.
 */
public final class ApiKeySecrets {
    public static final String PREFIX = "jx_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
