package org.jixiao.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The status, warning, score or grade of an indicator, project or unit changed. Topic {@code status-events}
 * (compacted), key {@code indicator:<id>}, {@code project:<id>} or {@code unit:<code>:<fiscalYear>}, so the latest state of each
 * subject is always readable from the start of the topic. A unit's status is per fiscal year: its subject id is
 * {@code <code>:<fiscalYear>} and {@code fiscalYear} says the year (optional field, added in place of a new version:
 * older readers ignore it).
 */
public record StatusChanged(
        String subject,
        String subjectId,
        Long projectId,
        String unitCode,
        LocalDate asOf,
        Snapshot previous,
        Snapshot current,
        Reason cause,
        Integer fiscalYear) {
    public static final int VERSION = 1;

    public static final String INDICATOR = "indicator";
    public static final String PROJECT = "project";
    public static final String UNIT = "unit";

    public String key() {
        return subject + ":" + subjectId;
    }

    /** What a dashboard shows for a subject; fields that do not apply to the subject are null. */
    public record Snapshot(String status, String warning, BigDecimal score, String grade) {}

    /**
     * Why it changed: a progress report (its id), a budget execution, a target revision or the date rolling over.
     * Serialised as {@code {"type": "REPORT", "reportId": …, "date": …}}.
     */
    public record Reason(Cause type, UUID reportId, LocalDate date) {}
}
