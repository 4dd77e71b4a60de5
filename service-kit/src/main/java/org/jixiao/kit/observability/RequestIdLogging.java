package org.jixiao.kit.observability;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jixiao.web.RequestIds;

/**
 * Puts the request's {@code X-Request-Id} (the gateway's, or a new one for a direct call) on every log line written
 * while the request is handled ({@code %X{requestId}} in the log format), and echoes it in the response, so one id
 * follows a request from the gateway's access log through each service's log.
 */
public class RequestIdLogging {
    public static final String MDC_KEY = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }
}
