package org.jixiao.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A progress report (进展) on one indicator as of a date. Topic {@code progress-events}, key = project id so one
 * project's reports stay ordered. The report's id is the envelope's event id. {@code value} is written in the target
 * grammar (e.g. {@code 9台}) or, for qualitative targets, ACHIEVED / PARTLY_ACHIEVED / NOT_ACHIEVED.
 */
public record ProgressReported(
        long indicatorId,
        long projectId,
        String unitCode,
        LocalDate asOf,
        String value,
        BigDecimal numericValue,
        String likelihood,
        Deviation deviation,
        String correctiveAction,
        String forecast,
        UUID corrects,
        String reporter,
        Instant reportedAt) {
    public static final int VERSION = 1;

    /** Why the indicator deviates from plan: category (FUNDING, RULES, STAFF, EQUIPMENT, OTHER) and text. */
    public record Deviation(String category, String reason) {}
}
