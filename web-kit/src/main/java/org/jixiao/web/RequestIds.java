package org.jixiao.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id every hop carries in {@code X-Request-Id}: the caller's own if it is a sane token, otherwise a fresh
 * UUID. The gateway decides it and forwards it; a service called directly decides it the same way.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    // A client id ends up in every log line and upstream header, so accept only short plain tokens: no spaces,
    // no control characters that could forge log lines, nothing long enough to bloat logs.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {}

    public static String acceptOrCreate(String fromClient) {
        if (fromClient != null && ACCEPTED.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }
}
