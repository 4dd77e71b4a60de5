package org.jixiao.gateway.security;

import java.util.List;
import org.jixiao.gateway.problem.Problem;

/** Thrown by the gateway's own resources; {@link GatewayProblemMappers} writes it as problem+json. */
public class GatewayProblem extends RuntimeException {
    private final String kind;
    private final String title;
    private final int status;
    private final List<Problem.Violation> violations;

    GatewayProblem(String kind, String title, int status, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    static GatewayProblem notFound(String detail) {
        return new GatewayProblem("not-found", "Not found", 404, detail, List.of());
    }

    static GatewayProblem unauthorized(String detail) {
        return new GatewayProblem("unauthorized", "Unauthorized", 401, detail, List.of());
    }

    static GatewayProblem invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new GatewayProblem("invalid-values", "Invalid values", 422, detail, violations);
    }

    int status() {
        return status;
    }

    Problem toProblem(String instance, String requestId) {
        return new Problem(Problem.TYPE_PREFIX + kind, title, status, getMessage(), instance, requestId, violations);
    }
}
