package org.jixiao.gateway.proxy.rules;

/**
 * A path pattern of the gateway's tables. Segments are separated by {@code /}; {@code *} matches exactly one
 * non-empty segment; a trailing {@code **} matches zero or more segments (so {@code /api/units/**} covers
 * {@code /api/units} itself).
 */
record PathPattern(String text, String[] segments) {

    static PathPattern of(String text) {
        return new PathPattern(text, text.substring(1).split("/"));
    }

    /**
     * Whether a request path (without query string) matches; a path not starting with '/' never does. Walks the
     * path's segments in place: this runs for every proxied request, more than once (docs/benchmarks.md, "Reads").
     */
    boolean matches(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        // Start of the path's next segment; past the end once its last segment (possibly empty) was taken.
        int start = 1;
        for (String p : segments) {
            if (p.equals("**")) {
                return true;
            }
            if (start > path.length()) {
                return false;
            }
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            boolean segmentMatches = p.equals("*") ? length > 0 : length == p.length() && path.startsWith(p, start);
            if (!segmentMatches) {
                return false;
            }
            start = end + 1;
        }
        return start > path.length();
    }
}
