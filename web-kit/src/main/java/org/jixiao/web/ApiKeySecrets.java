package org.jixiao.web;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The shape of an API key secret, shared by the gateway (keys an admin creates) and the local stack (the first admin
 * key it generates): {@code jx_}, recognisable in logs and by secret scanners, then 256 random bits.
 */
public final class ApiKeySecrets {
    public static final String PREFIX = "jx_";

    /** Random characters after the prefix a key chosen by an operator must have at least (generated ones have 43). */
    public static final int MIN_RANDOM_CHARACTERS = 32;

    private static final java.util.regex.Pattern GENERATED_FORM =
            java.util.regex.Pattern.compile(PREFIX + "[A-Za-z0-9_-]{" + MIN_RANDOM_CHARACTERS + ",}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    /**
     * Whether a secret has the generated form: the prefix, then at least {@link #MIN_RANDOM_CHARACTERS} characters of
     * the URL-safe Base64 alphabet. What an operator may name as the admin key; {@code admin} is not.
     */
    public static boolean hasGeneratedForm(String secret) {
        return secret != null && GENERATED_FORM.matcher(secret).matches();
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
