package org.jixiao.kit.rest;

import org.jixiao.kit.problem.Violations;

/**
 * Validated {@code page}/{@code size} query parameters. The size is capped so no list answer is unbounded, and the
 * page too, so that no offset a client can ask for overflows (it is computed as a long all the same).
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Far beyond any real listing (20 million rows at the largest size), yet page × size stays an int. */
    public static final int MAX_PAGE = 100_000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Violations violations = new Violations();
        violations.check(p >= 0 && p <= MAX_PAGE, "page", "must be between 0 and " + MAX_PAGE);
        violations.check(s >= 1 && s <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        violations.throwIfAny();
        return new PageRequest(p, s);
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) page * size;
    }
}
