package org.jixiao.gateway.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.web.Problem.Violation;

/**
 * What a client asked of {@code GET /api/stream/status}: its filter and where to start. Without {@code Last-Event-ID}
 * a client gets only events published from now on; {@code ?since=earliest} replays the topic from its beginning (the
 * latest status of every matching subject, the topic being compacted). A {@code Last-Event-ID} always wins over
 * {@code since}: a reconnecting EventSource keeps its URL, and must resume rather than start over.
 */
public record StreamRequest(StreamFilter filter, Optional<StreamCursor> resumeAfter) {

    public static final String LAST_EVENT_ID = "Last-Event-ID";
    public static final String SINCE_EARLIEST = "earliest";

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Thrown with every invalid value at once, so the client fixes them in one go. */
    public static final class Invalid extends RuntimeException {
        private final transient List<Violation> violations;

        Invalid(List<Violation> violations) {
            super(violations.toString(), null, false, false);
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** Blank parameters count as absent, so a form or template may send {@code ?unitCode=&projectId=}. */
    public static StreamRequest parse(String unitCode, String projectId, String since, String lastEventId) {
        List<Violation> violations = new ArrayList<>();
        String unit = blankToNull(unitCode);
        if (unit != null && !UNIT_CODE.matcher(unit).matches()) {
            violations.add(new Violation("unitCode", "must be a unit code (letters, digits, '.', '_', '-'; 1..64)"));
        }
        Long project = null;
        String projectText = blankToNull(projectId);
        if (projectText != null) {
            project = parsePositive(projectText);
            if (project == null) {
                violations.add(new Violation("projectId", "must be a positive whole number"));
            }
        }
        Optional<StreamCursor> resumeAfter = Optional.empty();
        String sinceText = blankToNull(since);
        if (sinceText != null && !SINCE_EARLIEST.equals(sinceText)) {
            violations.add(new Violation("since", "must be 'earliest' or absent"));
        } else if (sinceText != null) {
            resumeAfter = Optional.of(StreamCursor.EARLIEST);
        }
        String lastId = blankToNull(lastEventId);
        if (lastId != null) {
            resumeAfter = StreamCursor.parse(lastId);
            if (resumeAfter.isEmpty()) {
                violations.add(new Violation(LAST_EVENT_ID, "must be the id of an event of this stream"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new StreamRequest(new StreamFilter(unit, project), resumeAfter);
    }

    private static Long parsePositive(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
