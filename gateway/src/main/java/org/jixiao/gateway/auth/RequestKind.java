package org.jixiao.gateway.auth;

import io.vertx.core.http.HttpMethod;

/** What a request costs against its key's rate limits. */
public enum RequestKind {
    READ,
    WRITE,
    STREAM;

    public static RequestKind of(HttpMethod method, boolean stream) {
        if (stream) {
            return STREAM;
        }
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS ? READ : WRITE;
    }
}
