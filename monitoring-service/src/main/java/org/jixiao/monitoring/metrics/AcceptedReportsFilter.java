package org.jixiao.monitoring.metrics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jixiao.kit.idempotency.IdempotencyFilter;
import org.jixiao.monitoring.intake.ProgressBatchResource.BatchAccepted;

/**
 * Counts accepted progress reports from the outside, by the answer the client got: the intake answers 202 only once
 * Kafka acknowledged the reports. {@code POST /api/progress} accepts one, {@code POST /api/progress/batch} as many as
 * its answer's {@code count}; a replayed answer to a repeated Idempotency-Key published nothing and is not counted.
 */
@Provider
public class AcceptedReportsFilter implements ContainerResponseFilter {

    static final String PROGRESS_PATH = "api/progress";
    static final String BATCH_PATH = "api/progress/batch";

    private final IngestMeters meters;

    AcceptedReportsFilter(IngestMeters meters) {
        this.meters = meters;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 202
                || !"POST".equals(request.getMethod())
                || response.getHeaders().containsKey(IdempotencyFilter.REPLAYED_HEADER)) {
            return;
        }
        String path = trimSlashes(request.getUriInfo().getPath());
        if (PROGRESS_PATH.equals(path)) {
            meters.reportsAccepted(1);
        } else if (BATCH_PATH.equals(path) && response.getEntity() instanceof BatchAccepted batch) {
            meters.reportsAccepted(batch.count());
        }
    }

    private static String trimSlashes(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, end);
    }
}
