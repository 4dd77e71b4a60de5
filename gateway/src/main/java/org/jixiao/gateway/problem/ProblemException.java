package org.jixiao.gateway.problem;

import java.util.Map;
import org.jixiao.web.Problem;

/** Thrown by the gateway's own REST resources; {@link ProblemMappers} answers it as problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    /** With response headers the client acts on, e.g. Retry-After. */
    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
