package org.jixiao.gateway.problem;

/** Thrown by the gateway's own REST resources; {@link ProblemMappers} answers it as problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
