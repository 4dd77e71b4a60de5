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

    /** Whether a request path (without query string) matches; a path not starting with '/' never does. */
    boolean matches(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        String[] actual = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String p = segments[i];
            if (p.equals("**")) {
                return true;
            }
            if (i >= actual.length) {
                return false;
            }
            boolean segmentMatches = p.equals("*") ? !actual[i].isEmpty() : p.equals(actual[i]);
            if (!segmentMatches) {
                return false;
            }
        }
        return segments.length == actual.length;
    }
}
