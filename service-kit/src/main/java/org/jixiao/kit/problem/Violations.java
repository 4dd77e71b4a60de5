package org.jixiao.kit.problem;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.web.Problem;

/** Collects every invalid field of a request, so the caller learns all of them in one answer. */
public final class Violations {
    private final List<Problem.Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Problem.Violation(field, message));
        return this;
    }

    /** Adds the violation when the condition does not hold; returns the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
        return condition;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem.Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a 422 problem listing every violation, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found);
        }
    }
}
