package org.jixiao.kit.rest;

import org.jixiao.kit.problem.Violations;

/** Validated {@code page}/{@code size} query parameters; the size is capped so no list answer is unbounded. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Violations violations = new Violations();
        violations.check(p >= 0, "page", "must be 0 or more");
        violations.check(s >= 1 && s <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        violations.throwIfAny();
        return new PageRequest(p, s);
    }
}
