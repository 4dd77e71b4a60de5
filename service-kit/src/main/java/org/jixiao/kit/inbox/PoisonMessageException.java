package org.jixiao.kit.inbox;

import java.util.stream.Collectors;
import org.jixiao.kit.problem.Violations;

/**
 * A record that can never be processed (not JSON, unknown type, failing validation). It is dead-lettered with this
 * message as the reason instead of stalling its partition.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /**
     * An event whose fields broke the checks the edge applies (over-long text, say) is poison too: the reason names
     * each field, as a 422 would.
     */
    public static void throwIfAny(Violations violations) {
        if (!violations.isEmpty()) {
            throw new PoisonMessageException(reason(violations));
        }
    }

    /** "field: message; field: message", the form of every dead-letter reason that names fields. */
    public static String reason(Violations violations) {
        return violations.list().stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}
