package org.jixiao.kit.rest;

import jakarta.ws.rs.core.Response;

/**
 * A 201 answer whose Location is the path as the client sees it. JAX-RS would make it absolute against this service's
 * own address, which behind the gateway names a port the client cannot reach.
 */
public final class Created {
    private Created() {}

    public static Response at(String path, Object body) {
        return Response.status(Response.Status.CREATED)
                .header("Location", path)
                .entity(body)
                .build();
    }
}
