package org.jixiao.kit.rest;

import java.util.List;

/** One page of a list answer: {@code {"items": [...], "page": 0, "size": 20, "total": N}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
