package org.jixiao.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, as the gateway and every service answer it: type {@code about:blank} (the status says
 * what kind of problem it is), a title ({@link ProblemTitles}), the status, a detail for a person to read, the
 * request path as instance, and the extension members {@code requestId} (the gateway's answers) and
 * {@code violations} (each invalid input). Empty members are left out. {@link ProblemJson} writes it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "violations"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The type of every problem (RFC 9457 §4.2.1): no problem type URIs to look up. */
    public static final String TYPE = "about:blank";

    /** One invalid input: the field (its JSON path, e.g. {@code budget.total}), query parameter or header, and why. */
    public record Violation(String field, String message) {}

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** A problem with the usual title of its status, not yet tied to a request. */
    public static Problem of(int status, String detail) {
        return of(status, ProblemTitles.titleOf(status), detail);
    }

    public static Problem of(int status, String title, String detail) {
        return of(status, title, detail, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem(TYPE, title, status, detail, null, null, violations);
    }

    /** 400 for request values checked before anything is read (query parameters, headers). */
    public static Problem invalidRequest(List<Violation> violations) {
        return of(400, ProblemTitles.BAD_REQUEST, "The request has invalid values", violations);
    }

    /** 422 for a body that was read but has invalid fields: one names the field and reason, more are counted. */
    public static Problem invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return of(422, ProblemTitles.INVALID_VALUES, detail, violations);
    }

    /** This problem as the answer to the request at {@code instance}; a null request id is left out. */
    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, violations);
    }
}
