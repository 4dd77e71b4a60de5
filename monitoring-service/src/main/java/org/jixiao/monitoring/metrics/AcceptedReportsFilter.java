package org.jixiao.monitoring.metrics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts accepted progress reports from the outside, by the answer the client got: the intake answers 202 only once
 * Kafka acknowledged the report, so a 202 to {@code POST /api/progress} is exactly one accepted report.
 */
@Provider
public class AcceptedReportsFilter implements ContainerResponseFilter {

    static final String PROGRESS_PATH = "api/progress";

    private final IngestMeters meters;

    AcceptedReportsFilter(IngestMeters meters) {
        this.meters = meters;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 202
                && "POST".equals(request.getMethod())
                && PROGRESS_PATH.equals(trimSlashes(request.getUriInfo().getPath()))) {
            meters.reportAccepted();
        }
    }

    private static String trimSlashes(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, end);
    }
}
