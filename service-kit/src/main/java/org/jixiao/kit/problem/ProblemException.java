package org.jixiao.kit.problem;

import java.util.List;
import java.util.Map;
import org.jixiao.web.Problem;
import org.jixiao.web.ProblemTitles;

/**
 * Thrown by services to answer with a problem+json; {@link ProblemMappers} renders it. Factory methods name the
 * cases the API contract distinguishes.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    public ProblemException(
            int status, String title, String detail, List<Problem.Violation> violations, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemTitles.NOT_FOUND, detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of(), Map.of());
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(422, ProblemTitles.INVALID_VALUES, detail, violations, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(
                503,
                ProblemTitles.SERVICE_UNAVAILABLE,
                detail,
                List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
