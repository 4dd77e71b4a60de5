package org.jixiao.kit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jixiao.web.ProblemTitles;

/**
 * Refuses a body larger than {@code jixiao.http.max-body-size} (default 10M) with a 413 problem before it is read.
 * HTTP's own limit ({@code quarkus.http.limits.max-body-size}) stays a little higher as the backstop for bodies that
 * do not declare their length.
 */
public class BodySizeLimit {
    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "jixiao.http.max-body-size", defaultValue = "10M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString("Content-Length");
        if (declared == null) {
            return;
        }
        try {
            if (Long.parseLong(declared.strip()) > maxBytes) {
                throw new ProblemException(
                        413,
                        ProblemTitles.PAYLOAD_TOO_LARGE,
                        "the body has " + declared.strip() + " bytes; at most " + maxBytes + " are accepted",
                        List.of(),
                        Map.of());
            }
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    400, ProblemTitles.BAD_REQUEST, "Content-Length is not a number", List.of(), Map.of());
        }
    }
}
